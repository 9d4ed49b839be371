import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CareledgerError, startHttpServer, todayInLondon, type RunningHttpServer } from '@careledger/runtime';
import { openTestAccess } from '@careledger/access/testing';
import {
  LaBusyError, NightlyScheduler, RunStore, assertRedisReachable, businessDateOf, createRedisClient, recomputeJobId, schedulerRoutes, startRecomputeWorker,
  type Recompute, type RecomputeRequest, type RecomputeWorker, type RunRecord,
} from '../src';

// Real Redis and real BullMQ throughout; only the domain recompute is a small fake, because it is injected.
const REDIS_URL = 'redis://127.0.0.1:6379';
const FILE_PREFIX = `test-${randomUUID()}`;

let redis: Redis;
let testNumber = 0;
const closers: (() => Promise<unknown>)[] = [];

beforeAll(() => { redis = createRedisClient(REDIS_URL); });

async function keysUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of redis.scanStream({ match: `${prefix}*`, count: 1000 })) keys.push(...(batch as string[]));
  return keys;
}

async function deleteKeysUnder(prefix: string): Promise<void> {
  const keys = await keysUnder(prefix);
  for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
}

afterEach(async () => {
  // Workers first (they finish their job), then queues and servers; then the test's own keys, so none outlive it.
  for (const close of closers.splice(0).reverse()) await close();
  await deleteKeysUnder(`${FILE_PREFIX}-${testNumber}:`);
});

afterAll(async () => {
  await deleteKeysUnder(FILE_PREFIX);
  await redis.quit();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 8_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** A fake domain: figures that depend on the date, so comparisons show differences; counts overlapping calls per LA. */
function fakeDomain(options: { failFirst?: number; alwaysFail?: boolean; delayMs?: number } = {}) {
  const calls: RecomputeRequest[] = [];
  const active = new Map<string, number>();
  const maxActive = new Map<string, number>();
  let activeAll = 0;
  let maxActiveAll = 0;
  const recompute: Recompute = async (request, progress) => {
    calls.push(request);
    const n = calls.length;
    active.set(request.laCode, (active.get(request.laCode) ?? 0) + 1);
    maxActive.set(request.laCode, Math.max(maxActive.get(request.laCode) ?? 0, active.get(request.laCode)!));
    maxActiveAll = Math.max(maxActiveAll, ++activeAll);
    try {
      await progress(10);
      await sleep(options.delayMs ?? 20);
      if (options.alwaysFail || n <= (options.failFirst ?? 0)) throw new Error(`projection store unavailable (call ${n})`);
      await progress(90);
      const day = Number(request.asAt.slice(8, 10));
      const month = Number(request.asAt.slice(5, 7));
      const figures = (offset: number) => [
        { id: 'cla_at_31_march', title: 'Children looked after at 31 March', value: day + offset },
        { id: 'placement_stability', title: 'Three or more placements', value: month / 10 },
        { id: 'rate_per_10000', title: 'Rate per 10,000', value: null },
      ];
      return {
        watermark: { '0': 42 + n, '1': 17 },
        recomputed: { eventsFolded: n, childrenRederived: n, laChildrenRederived: 1, laEventsSinceLastRun: n, yearsComputed: ['2024-25', '2025-26'] },
        years: [
          { collectionYear: '2024-25', figures: figures(100) },
          {
            collectionYear: '2025-26', figures: figures(0),
            // Catalogue figures: one per measure, period and aggregate.
            measures: [
              { id: 'cla_at_date', title: 'Children looked after at the date', period: { label: 'April 2025' }, aggregate: 'pooled', value: day },
              { id: 'ceased_adopted_percent', title: 'Adopted', period: { label: '2025-26 Q1' }, aggregate: 'pooled', value: month },
              { id: 'ceased_adopted_percent', title: 'Adopted', period: { label: '2025-26 Q1' }, aggregate: 'meanOfMonths', value: month + 1 },
            ],
          },
        ],
      };
    } finally {
      active.set(request.laCode, active.get(request.laCode)! - 1);
      activeAll -= 1;
    }
  };
  return { recompute, calls, maxActive, get maxActiveAll() { return maxActiveAll; } };
}

async function setup(options: { attempts?: number; backoffMs?: number; workers?: number; domain: ReturnType<typeof fakeDomain>; startWorkers?: boolean }) {
  const prefix = `${FILE_PREFIX}-${++testNumber}`;
  const runStore = new RunStore(redis, prefix);
  const retry = { attempts: options.attempts ?? 3, backoffMs: options.backoffMs ?? 200 };
  const scheduler = new NightlyScheduler({ connection: REDIS_URL, prefix, ...retry });
  closers.push(() => scheduler.close());
  const workers: RecomputeWorker[] = [];
  const startWorkers = async () => {
    for (let i = 0; i < (options.workers ?? 1); i++) {
      const w = await startRecomputeWorker({ connection: REDIS_URL, prefix, recompute: options.domain.recompute, runStore, concurrency: 1, ...retry, lockMs: 5_000 });
      workers.push(w);
      closers.push(() => w.close());
    }
  };
  if (options.startWorkers !== false) await startWorkers();
  return { prefix, runStore, scheduler, workers, startWorkers };
}

const succeeded = (runStore: RunStore, laCode: string, asAt: string) => async () => {
  const record = await runStore.get(laCode, asAt);
  return record?.status === 'succeeded' ? record : undefined;
};

describe('business date of a scheduler job', () => {
  it('is the London date of the cron slot (opts.prevMillis), not of job.timestamp (when the job was created)', () => {
    // created at the previous 02:30 run; due 02:30 BST on the first day of summer time
    const job = { timestamp: Date.parse('2026-03-28T02:30:00Z'), opts: { prevMillis: Date.parse('2026-03-29T01:30:00Z') } };
    expect(businessDateOf(job)).toBe('2026-03-29');
    // 23:30 UTC is already tomorrow in London during BST
    expect(businessDateOf({ timestamp: Date.parse('2026-06-30T23:30:00Z'), opts: {} })).toBe('2026-07-01');
  });
});

describe('nightly recomputation on real Redis and BullMQ', () => {
  it('(a) a job scheduler produces a job that the worker runs, persisting a succeeded run record', async () => {
    const domain = fakeDomain();
    const { scheduler, runStore } = await setup({ domain });
    const options = { laCodes: ['201'], cron: '*/1 * * * * *', timezone: 'Europe/London' };
    await scheduler.registerNightly(options);
    const schedulers = await scheduler.registerNightly(options); // upsert: a second call changes nothing
    expect(schedulers).toEqual([expect.objectContaining({ id: 'nightly:201', laCode: '201', pattern: '*/1 * * * * *', tz: 'Europe/London' })]);

    const record = await waitFor('a scheduled run', async () => (await runStore.list('201')).find((r) => r.status === 'succeeded'));
    expect(record).toMatchObject({ laCode: '201', trigger: 'schedule', status: 'succeeded', attempts: 1, runId: recomputeJobId('201', record.asAt) });
    expect([todayInLondon(new Date(Date.now() - 10_000)), todayInLondon()]).toContain(record.asAt);
    expect(record.watermark).toEqual({ '0': 42 + domain.calls.length, '1': 17 });
    expect(record.years?.map((y) => y.collectionYear)).toEqual(['2024-25', '2025-26']);
    expect(record.years?.[1]?.figures[0]).toMatchObject({ id: 'cla_at_31_march', value: Number(record.asAt.slice(8, 10)) });
    expect(record.durationMs).toBeGreaterThanOrEqual(0);
    expect(domain.calls[0]).toEqual({ laCode: '201', asAt: record.asAt });
    // (no progress check here: the every-second scheduler may already be re-running the same date)
  });

  it('(b) a recompute that fails once is retried with backoff and succeeds on the second attempt', async () => {
    const domain = fakeDomain({ failFirst: 1 });
    const { scheduler, runStore } = await setup({ domain, attempts: 3, backoffMs: 200 });
    await scheduler.trigger({ laCode: '202', asAt: '2026-03-31' });
    const record = await waitFor('the retried run', succeeded(runStore, '202', '2026-03-31'));
    expect(record).toMatchObject({ status: 'succeeded', attempts: 2, trigger: 'manual' });
    expect(record.error).toBeUndefined();
    expect(domain.calls).toHaveLength(2);
    expect(await scheduler.failures()).toEqual([]);
  });

  it('(c) a recompute that always fails ends as a failed job with its error, and a failed run record', async () => {
    const domain = fakeDomain({ alwaysFail: true });
    const { scheduler, runStore } = await setup({ domain, attempts: 2, backoffMs: 200 });
    const { jobId } = await scheduler.trigger({ laCode: '203', asAt: '2026-03-31' });
    const failure = await waitFor('the failed job', async () => (await scheduler.failures()).find((f) => f.jobId === jobId));
    expect(failure).toMatchObject({ name: 'recompute', laCode: '203', asAt: '2026-03-31', attemptsMade: 2, failedReason: 'projection store unavailable (call 2)' });
    const record = await runStore.get('203', '2026-03-31');
    expect(record).toMatchObject({ status: 'failed', attempts: 2, error: 'projection store unavailable (call 2)' });
    expect(record?.years).toBeUndefined();
  });

  it('(d) one run record per LA and business date: re-runs replace, another date adds; compare shows differences', async () => {
    const domain = fakeDomain();
    const { scheduler, runStore, startWorkers } = await setup({ domain, startWorkers: false });
    const first = await scheduler.trigger({ laCode: '204', asAt: '2026-03-31' });
    const second = await scheduler.trigger({ laCode: '204', asAt: '2026-03-31' });
    expect(first).toMatchObject({ jobId: 'recompute:204:2026-03-31', deduplicated: false });
    expect(second).toMatchObject({ jobId: 'recompute:204:2026-03-31', deduplicated: true }); // pending: one job
    await startWorkers();
    const initial = await waitFor('the first run', succeeded(runStore, '204', '2026-03-31'));
    expect(domain.calls).toHaveLength(1);
    expect((await scheduler.queue.getJob(initial.runId))?.progress).toBe(100);

    // the job is now completed; a manual re-run of the same date must run again and replace the record
    await sleep(5); // distinct startedAt
    const rerun = await scheduler.trigger({ laCode: '204', asAt: '2026-03-31' });
    expect(rerun.deduplicated).toBe(false);
    const replaced = await waitFor('the re-run', async () => {
      const r = await runStore.get('204', '2026-03-31');
      return r?.status === 'succeeded' && r.startedAt !== initial.startedAt ? r : undefined;
    });
    expect(replaced.watermark).toEqual({ '0': 44, '1': 17 });
    expect(await runStore.list('204')).toHaveLength(1);
    // Each run is told where the LA's last successful run read to: none before the first, the first's for the re-run.
    expect(domain.calls.map((c) => c.since)).toEqual([undefined, { '0': 43, '1': 17 }]);
    expect(replaced.recomputed).toEqual({ eventsFolded: 2, childrenRederived: 2, laChildrenRederived: 1, laEventsSinceLastRun: 2, yearsComputed: ['2024-25', '2025-26'] });

    await scheduler.trigger({ laCode: '204', asAt: '2026-04-30' });
    await waitFor('the second date', succeeded(runStore, '204', '2026-04-30'));
    const runs = await runStore.list('204');
    expect(runs.map((r: RunRecord) => r.asAt)).toEqual(['2026-04-30', '2026-03-31']); // newest first
    expect((await runStore.list()).map((r) => r.asAt)).toEqual(['2026-04-30', '2026-03-31']);
    expect(await runStore.list('204', 1)).toHaveLength(1);

    const comparison = await runStore.compare('204', '2026-03-31', '2026-04-30');
    expect(comparison?.collectionYear).toBe('2025-26');
    expect(comparison?.figures).toEqual([
      { id: 'cla_at_31_march', title: 'Children looked after at 31 March', a: 31, b: 30, difference: -1 },
      { id: 'placement_stability', title: 'Three or more placements', a: 0.3, b: 0.4, difference: 0.1 },
      { id: 'rate_per_10000', title: 'Rate per 10,000', a: null, b: null, difference: null },
    ]);
    expect(comparison?.years.map((y) => [y.collectionYear, y.figures[0]?.difference])).toEqual([['2024-25', -1], ['2025-26', -1]]);
    // The catalogue's figures are told apart by period and aggregate: 31 -> 30 (day), 3 -> 4 (month), 4 -> 5.
    expect(comparison?.years[1]?.measures).toEqual([
      { id: 'cla_at_date April 2025', title: 'Children looked after at the date', a: 31, b: 30, difference: -1 },
      { id: 'ceased_adopted_percent 2025-26 Q1', title: 'Adopted', a: 3, b: 4, difference: 1 },
      { id: 'ceased_adopted_percent 2025-26 Q1 (mean of months)', title: 'Adopted', a: 4, b: 5, difference: 1 },
    ]);
    expect(comparison?.years[0]?.measures).toEqual([]);
    expect(await runStore.compare('204', '2026-03-31', '2026-05-31')).toBeUndefined();
  });

  it('(e) two workers never run two recomputes of the same LA at once, but do run different LAs in parallel', async () => {
    const domain = fakeDomain({ delayMs: 600 });
    const { scheduler, runStore, prefix } = await setup({ domain, workers: 2, attempts: 8, backoffMs: 100 });
    await scheduler.trigger({ laCode: '205', asAt: '2026-03-30' });
    await scheduler.trigger({ laCode: '205', asAt: '2026-03-31' });
    await scheduler.trigger({ laCode: '206', asAt: '2026-03-31' });
    await waitFor('all three runs', async () => {
      const records = await Promise.all([runStore.get('205', '2026-03-30'), runStore.get('205', '2026-03-31'), runStore.get('206', '2026-03-31')]);
      return records.every((r) => r?.status === 'succeeded');
    }, 15_000);
    expect(domain.maxActive.get('205')).toBe(1);
    expect(domain.maxActiveAll).toBe(2); // the two workers really did overlap, so the lock is what kept 205 serial
    expect(domain.calls.filter((c) => c.laCode === '205')).toHaveLength(2); // a busy LA defers, it does not run twice
    expect(await redis.exists(`${prefix}:lock:205`, `${prefix}:lock:206`)).toBe(0); // released
  });

  it('HTTP: POST /runs/:laCode triggers (202), GET lists runs and failures, bad input is 400', async () => {
    const domain = fakeDomain();
    const { scheduler, runStore } = await setup({ domain });
    const access = await openTestAccess();
    closers.push(() => access.close());
    const server: RunningHttpServer = await startHttpServer(schedulerRoutes({ scheduler, runStore }), { guard: access.guard });
    closers.push(() => server.close());
    const operator = await access.headers('*', ['ingest', 'read']);
    const call = async (method: string, path: string, headers = operator) => {
      const response = await fetch(`${server.url}${path}`, { method, headers });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const posted = await call('POST', '/runs/207?asAt=2026-03-31');
    expect(posted).toEqual({ status: 202, body: expect.objectContaining({ jobId: 'recompute:207:2026-03-31', laCode: '207', asAt: '2026-03-31' }) });
    expect((await call('POST', '/runs/207?asAt=2026-02-30')).status).toBe(400);
    expect((await call('POST', '/runs/2%3A07')).status).toBe(400);
    expect(await call('POST', '/runs/88')).toMatchObject({ status: 400, body: { kind: 'invalid', code: 'runs.laCode.invalid', laCode: '88' } });
    expect((await call('POST', '/runs/ABC')).status).toBe(400);
    await waitFor('the run', succeeded(runStore, '207', '2026-03-31'));
    expect(await call('GET', '/runs/207')).toEqual({ status: 200, body: [expect.objectContaining({ laCode: '207', status: 'succeeded' })] });
    expect((await call('GET', '/runs')).body).toHaveLength(1);
    expect((await call('GET', '/runs/207/2026-03-31')).status).toBe(200);
    expect((await call('GET', '/runs/207/compare?a=2026-03-31&b=2026-04-30')).status).toBe(404);
    expect(await call('GET', '/runs/failures')).toEqual({ status: 200, body: [] });

    // scoped tokens: another LA's runs are 403, the lists show only the token's LAs, triggering needs ingest
    await call('POST', '/runs/206?asAt=2026-03-31');
    await waitFor('the 206 run', succeeded(runStore, '206', '2026-03-31'));
    const reader206 = await access.headers(['206'], ['read']);
    expect((await call('GET', '/runs', reader206)).body).toEqual([expect.objectContaining({ laCode: '206' })]);
    for (const path of ['/runs/207', '/runs/207/2026-03-31', '/runs/207/compare?a=2026-03-31&b=2026-04-30']) {
      expect(await call('GET', path, reader206)).toMatchObject({ status: 403, body: { kind: 'forbidden', code: 'access.la_out_of_scope', laCode: '207' } });
    }
    expect(await call('POST', '/runs/206', reader206)).toMatchObject({ status: 403, body: { code: 'access.role_missing', role: 'ingest' } });
    expect((await call('POST', '/runs/207', await access.headers(['206'], ['ingest']))).status).toBe(403);
    expect((await call('GET', '/runs', { authorization: 'Bearer nope' })).status).toBe(401);
    expect((await fetch(`${server.url}/runs/schedulers`)).status).toBe(401);
  });
});

describe('scheduler errors have kinds', () => {
  it('a busy LA is a busy CareledgerError, an expected failure', () => {
    const busy = new LaBusyError('208', 'recompute:208:2026-03-31|token');
    expect(busy).toBeInstanceOf(CareledgerError);
    expect(busy).toMatchObject({ kind: 'busy', expected: true, laCode: '208', context: { laCode: '208' } });
    expect(busy.message).toContain('recompute:208:2026-03-31');
  });

  it('Redis down is unavailable and names Redis and the URL, quickly, for the probe and for a worker start', async () => {
    const url = 'redis://127.0.0.1:1';
    const started = Date.now();
    await expect(assertRedisReachable(url)).rejects.toMatchObject({ kind: 'unavailable', code: 'redis.unavailable', message: expect.stringMatching(/Redis at redis:\/\/127\.0\.0\.1:1/) });
    const domain = fakeDomain();
    const runStore = new RunStore(redis, `${FILE_PREFIX}-down`);
    await expect(startRecomputeWorker({ connection: url, prefix: `${FILE_PREFIX}-down`, recompute: domain.recompute, runStore })).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringContaining(`Redis at ${url}`) });
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(assertRedisReachable(REDIS_URL)).resolves.toBeUndefined();
  });

  it('counts the workers listening on the queue, so a trigger can say when none is', async () => {
    const domain = fakeDomain();
    const { scheduler, startWorkers } = await setup({ domain, startWorkers: false });
    expect(await scheduler.workerCount()).toBe(0);
    await startWorkers();
    expect(await scheduler.workerCount()).toBe(1);
  });

  it('leaves no keys of a finished test behind', async () => {
    // testNumber is the previous test's: its afterEach has run
    expect(await keysUnder(`${FILE_PREFIX}-${testNumber}:`)).toEqual([]);
    expect(await keysUnder(`${FILE_PREFIX}-down`)).toEqual([]);
  });
});
