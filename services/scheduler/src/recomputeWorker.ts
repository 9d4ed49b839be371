import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { BusyError, describeError, silentLogger, todayInLondon, type CalendarDate, type Logger } from '@careledger/runtime';
import {
  RECOMPUTE_QUEUE, assertAsAt, assertLaCode, enqueueRecompute, recomputeJobOptions,
  type EnqueueResult, type NightlyJobData, type RecomputeJobData, type RetryPolicy, type SchedulerJobData,
} from './nightlyScheduler';
import { assertRedisReachable, bullConnection, createRedisClient } from './redisConnection';
import type { RecomputeOutcome, RunRecord, RunStore } from './runStore';

export interface RecomputeRequest {
  readonly laCode: string;
  readonly asAt: CalendarDate;
  /** The watermark of the LA's last successful run, if any: the run says how many of the LA's events came after it. */
  readonly since?: Record<string, number>;
}

/** The domain work, injected: rebuild the LA's figures as at a date. `progress` takes 0–100. */
export type Recompute = (request: RecomputeRequest, progress: (pct: number) => Promise<void>) => Promise<RecomputeOutcome>;

/**
 * When a scheduler-made job was due. NOT `job.timestamp`: BullMQ creates the next scheduler job when the current
 * one starts (or at upsert), so `timestamp` is that creation time, up to a whole cron period before the job is
 * due. For a 02:30 nightly it is the previous night, and the business date would be a day behind.
 * `opts.prevMillis` is the cron slot the job was made for (verified against bullmq 6.7.0); `job.delay` is
 * no help, it reads 0 once the job has been promoted.
 */
export function scheduledTime(job: Pick<Job, 'timestamp' | 'opts'>): number {
  const slot = job.opts?.prevMillis;
  return typeof slot === 'number' && Number.isFinite(slot) ? slot : job.timestamp;
}

/** The business date a scheduler-made job stands for: its cron slot's calendar date in England. */
export function businessDateOf(job: Pick<Job, 'timestamp' | 'opts'>): CalendarDate {
  return todayInLondon(new Date(scheduledTime(job)));
}

const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const EXTEND = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

interface HeldLock { release(): Promise<void> }

/**
 * One recompute per LA at a time, across all workers and processes: `SET ${prefix}:lock:${laCode} owner NX PX`.
 * BullMQ's concurrency is per worker, and a manual re-run can arrive while the nightly run of the same LA is going.
 * The TTL bounds how long a crashed process blocks the LA; while we hold it, it is renewed every third of the TTL.
 * Release and renewal check the owner in Lua, so a lock that expired and was taken by another job is not touched.
 */
class LaLocks {
  constructor(private readonly redis: Redis, private readonly prefix: string, private readonly lockMs: number, private readonly logger: Logger) {}

  key(laCode: string): string { return `${this.prefix}:lock:${laCode}`; }

  holder(laCode: string): Promise<string | null> { return this.redis.get(this.key(laCode)); }

  async acquire(laCode: string, owner: string): Promise<HeldLock | undefined> {
    const key = this.key(laCode);
    if ((await this.redis.set(key, owner, 'PX', this.lockMs, 'NX')) !== 'OK') return undefined;
    const renew = setInterval(() => {
      this.redis.eval(EXTEND, 1, key, owner, String(this.lockMs))
        .then((ok) => { if (ok !== 1) this.logger.error({ laCode, owner }, 'LA lock lost while recomputing; another run may start'); })
        .catch((err: unknown) => this.logger.warn({ err, laCode }, 'LA lock renewal failed'));
    }, Math.max(100, Math.floor(this.lockMs / 3)));
    renew.unref();
    return {
      release: async () => {
        clearInterval(renew);
        await this.redis.eval(RELEASE, 1, key, owner);
      },
    };
  }
}

/** An LA whose recompute is already running elsewhere: expected, so it is `busy` and BullMQ retries it later. */
export class LaBusyError extends BusyError {
  constructor(readonly laCode: string, readonly holder: string | null) {
    super('runs.la_busy', `LA ${laCode} is busy: another recompute${holder ? ` (${holder.split('|')[0]})` : ''} holds its lock; will retry`, { laCode, holder });
    this.name = 'LaBusyError';
  }
}

export interface RecomputeWorkerOptions extends RetryPolicy {
  /** config `redis.url`. */
  readonly connection: string;
  /** config `redis.prefix`. */
  readonly prefix: string;
  readonly recompute: Recompute;
  readonly runStore: RunStore;
  readonly logger?: Logger;
  /** Jobs at once in this worker. 1: DuckDB has a single writer, and recomputes are heavy. */
  readonly concurrency?: number;
  /** TTL of the per-LA lock, renewed while held. Default 60 s. */
  readonly lockMs?: number;
  /** BullMQ's job lock (lockDuration): generous, so a busy event loop does not make a long job look stalled. Default 120 s. */
  readonly jobLockMs?: number;
}

export interface RecomputeWorker {
  readonly worker: Worker<SchedulerJobData>;
  close(): Promise<void>;
}

/**
 * Processes the `careledger-recompute` queue:
 * - 'nightly' (made by a job scheduler, which cannot take a custom id): works out the business date and enqueues
 *   `recompute:${laCode}:${asAt}`, so nightly and manual runs of one date share one job id and deduplicate.
 * - 'recompute': takes the LA lock, runs the injected recompute and keeps a run record (one per LA and date).
 * Failures throw, so BullMQ retries with exponential backoff up to `attempts`; the last error stays on the failed job.
 */
export async function startRecomputeWorker(options: RecomputeWorkerOptions): Promise<RecomputeWorker> {
  const logger = options.logger ?? silentLogger;
  // BullMQ's worker waits for Redis forever; at start-up an outage must be a clear error instead.
  await assertRedisReachable(options.connection);
  const jobOptions = recomputeJobOptions(options);
  const redis = createRedisClient(options.connection, logger);
  const locks = new LaLocks(redis, options.prefix, options.lockMs ?? 60_000, logger);
  const dispatchQueue = new Queue(RECOMPUTE_QUEUE, { connection: bullConnection(options.connection, 'producer'), prefix: options.prefix });
  dispatchQueue.on('error', (err) => logger.warn({ err }, 'recompute queue error'));
  const { runStore, recompute } = options;

  async function dispatchNightly(job: Job<NightlyJobData>): Promise<EnqueueResult> {
    const { laCode } = job.data;
    try { assertLaCode(laCode); } catch (error) { throw new UnrecoverableError(describeError(error)); }
    const asAt = businessDateOf(job);
    const result = await enqueueRecompute(dispatchQueue, { laCode, asAt, trigger: 'schedule' }, jobOptions);
    logger.info({ laCode, asAt, jobId: job.id, recomputeJobId: result.jobId, deduplicated: result.deduplicated }, 'nightly recompute dispatched');
    return result;
  }

  async function runRecompute(job: Job<RecomputeJobData>, token: string | undefined): Promise<{ runId: string; durationMs: number }> {
    const { laCode, asAt, trigger } = job.data;
    try { assertLaCode(laCode); assertAsAt(asAt); } catch (error) { throw new UnrecoverableError(describeError(error)); }
    const runId = job.id ?? `recompute:${laCode}:${asAt}`;
    // attemptsMade counts finished attempts, so this one is +1.
    const attempt = job.attemptsMade + 1;
    const lastAttempt = attempt >= (job.opts.attempts ?? 1);
    const log = logger.child({ laCode, jobId: runId, asAt, attempt });
    const started = Date.now();
    const base = { runId, laCode, asAt, trigger, attempts: attempt, startedAt: new Date(started).toISOString() };
    const failed = (error: string): RunRecord => {
      const finished = Date.now();
      return { ...base, status: 'failed', finishedAt: new Date(finished).toISOString(), durationMs: finished - started, error };
    };

    // The token is per attempt, so a stalled earlier attempt of this same job still counts as "another" holder.
    const lock = await locks.acquire(laCode, `${runId}|${token ?? started}`);
    if (!lock) {
      const busy = new LaBusyError(laCode, await locks.holder(laCode));
      log.warn({ holder: busy.holder }, 'LA busy; attempt deferred to a retry');
      // Not a run yet, so no record, unless this was the last chance: then the failure must be visible.
      if (lastAttempt) await runStore.save(failed(busy.message));
      throw busy;
    }
    try {
      // What the LA's last successful run read up to (read before this run's record replaces a re-run date's): this
      // run says how many of the LA's events came after it.
      const since = (await runStore.list(laCode, 10)).find((r) => r.status === 'succeeded' && r.watermark)?.watermark;
      await runStore.save({ ...base, status: 'running' });
      await job.updateProgress(0);
      log.info({ trigger }, 'recompute started');
      const outcome = await recompute({ laCode, asAt, ...(since ? { since } : {}) }, (pct) => job.updateProgress(Math.max(0, Math.min(100, Math.round(pct)))));
      // 100 before the record, so whoever sees 'succeeded' also sees the job complete its progress.
      await job.updateProgress(100);
      const finished = Date.now();
      await runStore.save({
        ...base, status: 'succeeded', finishedAt: new Date(finished).toISOString(), durationMs: finished - started,
        watermark: outcome.watermark, years: outcome.years, ...(outcome.recomputed ? { recomputed: outcome.recomputed } : {}),
      });
      log.info({ durationMs: finished - started, years: outcome.years.map((y) => y.collectionYear), recomputed: outcome.recomputed }, 'recompute succeeded');
      return { runId, durationMs: finished - started };
    } catch (error) {
      const record = failed(describeError(error));
      // A failed attempt replaces 'running'; a later successful attempt replaces this in turn.
      await runStore.save(record).catch((err: unknown) => log.error({ err }, 'could not save the failed run record'));
      if (lastAttempt) log.error({ err: error, durationMs: record.durationMs }, 'recompute failed');
      else log.warn({ err: error, durationMs: record.durationMs }, 'recompute attempt failed; will retry');
      throw error;
    } finally {
      await lock.release().catch((err: unknown) => log.warn({ err }, 'LA lock release failed; it will expire'));
    }
  }

  const worker = new Worker<SchedulerJobData>(
    RECOMPUTE_QUEUE,
    async (job, token) => {
      switch (job.name) {
        case 'nightly': return dispatchNightly(job as Job<NightlyJobData>);
        case 'recompute': return runRecompute(job as Job<RecomputeJobData>, token);
        default: throw new UnrecoverableError(`unknown job name '${job.name}'`);
      }
    },
    {
      connection: bullConnection(options.connection, 'worker'),
      prefix: options.prefix,
      concurrency: options.concurrency ?? 1,
      lockDuration: options.jobLockMs ?? 120_000,
      // Fallbacks for jobs added without these options (e.g. by hand from redis-cli or another producer).
      removeOnComplete: { count: 100 },
      removeOnFail: { count: 1000 },
    },
  );
  worker.on('error', (err) => logger.error({ err }, 'recompute worker error'));
  worker.on('stalled', (jobId) => logger.warn({ jobId }, 'recompute job stalled; it will be retried'));
  worker.on('failed', (job, err) => {
    const data = (job?.data ?? {}) as Partial<RecomputeJobData>;
    logger.warn({ laCode: data.laCode, asAt: data.asAt, jobId: job?.id, attemptsMade: job?.attemptsMade, err }, 'recompute job attempt failed');
  });
  await worker.waitUntilReady();

  return {
    worker,
    close: async () => {
      // Worker first: it waits for the running job, which still needs the lock client and the dispatch queue.
      await worker.close();
      await dispatchQueue.close();
      await redis.quit();
    },
  };
}
