import { inLaScope, json, needs, needsForLa, type Caller, type HttpRoute } from '@careledger/runtime';
import { assertAsAt, assertLaCode, type NightlyScheduler } from './nightlyScheduler';
import type { RunRecord, RunStore } from './runStore';

export interface SchedulerHttpDeps {
  readonly scheduler: Pick<NightlyScheduler, 'trigger' | 'failures' | 'schedulers'>;
  readonly runStore: RunStore;
}

function limitFrom(query: URLSearchParams, fallback: number): number {
  const raw = query.get('limit');
  const n = raw === null ? fallback : Number(raw);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : fallback;
}

/** Whether a record about `laCode` (possibly unknown, on a malformed job) is the caller's to see. */
const visibleTo = (caller: Caller | undefined) => (laCode: string | undefined): boolean =>
  caller !== undefined && (caller.laCodes === '*' || (laCode !== undefined && inLaScope(caller, laCode)));

/** The newest runs the caller may see: every LA's for a `*` token, else each of its LAs' merged by start time. */
async function runsVisibleTo(runStore: RunStore, caller: Caller | undefined, limit: number): Promise<RunRecord[]> {
  if (caller === undefined) return [];
  if (caller.laCodes === '*') return runStore.list(undefined, limit);
  const perLa = await Promise.all(caller.laCodes.map((laCode) => runStore.list(laCode, limit)));
  return perLa.flat().sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt)).slice(0, limit);
}

/**
 * Access: triggering a run needs the `ingest` role (it sets work going, as sending events does); reading runs needs
 * `read`. Routes with an LA check it is in the token's scope; the lists show only the token's LAs.
 *
 * POST /runs/:laCode[?asAt=YYYY-MM-DD]  manual run → 202 { jobId, laCode, asAt, deduplicated, state }
 * GET  /runs[?limit=]                   run records, newest first
 * GET  /runs/failures[?limit=]          failed jobs with their error
 * GET  /runs/schedulers                 the nightly job schedulers and their next fire time
 * GET  /runs/:laCode[?limit=]           one LA's run records, newest first
 * GET  /runs/:laCode/compare?a=&b=      figure differences between two business dates
 * GET  /runs/:laCode/:asAt              one run record
 * The router prefers a fixed segment to a parameter, so `/runs/failures` and `/runs/schedulers` are never read as
 * `/runs/:laCode` ('failures' and 'schedulers' can therefore never be LA codes, which are digits).
 * Bad LA codes and dates throw CareledgerErrors with '.invalid' codes, which the server turns into 400s.
 */
export function schedulerRoutes(deps: SchedulerHttpDeps): HttpRoute[] {
  return [
    {
      method: 'POST',
      path: '/runs/:laCode',
      access: needsForLa('ingest'),
      handle: async ({ params, query }) => {
        const asAt = query.get('asAt') ?? undefined;
        const result = await deps.scheduler.trigger({ laCode: params.laCode ?? '', ...(asAt === undefined ? {} : { asAt }) });
        return json(202, result);
      },
    },
    { method: 'GET', path: '/runs', access: needs('read'), handle: async ({ query, caller }) => json(200, await runsVisibleTo(deps.runStore, caller, limitFrom(query, 50))) },
    {
      method: 'GET',
      path: '/runs/failures',
      access: needs('read'),
      // Of the newest `limit` failures, those of the caller's LAs: a scoped token may see fewer than `limit`.
      handle: async ({ query, caller }) => json(200, (await deps.scheduler.failures(limitFrom(query, 100))).filter((f) => visibleTo(caller)(f.laCode))),
    },
    { method: 'GET', path: '/runs/schedulers', access: needs('read'), handle: async ({ caller }) => json(200, (await deps.scheduler.schedulers()).filter((s) => visibleTo(caller)(s.laCode))) },
    {
      method: 'GET',
      path: '/runs/:laCode',
      access: needsForLa('read'),
      handle: async ({ params, query }) => {
        assertLaCode(params.laCode ?? '');
        return json(200, await deps.runStore.list(params.laCode, limitFrom(query, 50)));
      },
    },
    {
      method: 'GET',
      path: '/runs/:laCode/compare',
      access: needsForLa('read'),
      handle: async ({ params, query }) => {
        const laCode = params.laCode ?? '';
        const a = query.get('a') ?? '';
        const b = query.get('b') ?? '';
        assertLaCode(laCode);
        assertAsAt(a);
        assertAsAt(b);
        const comparison = await deps.runStore.compare(laCode, a, b);
        return comparison
          ? json(200, comparison)
          : json(404, { code: 'not_found', message: `no run record for LA ${laCode} as at ${a} and/or ${b}` });
      },
    },
    {
      method: 'GET',
      path: '/runs/:laCode/:asAt',
      access: needsForLa('read'),
      handle: async ({ params }) => {
        const laCode = params.laCode ?? '';
        const asAt = params.asAt ?? '';
        assertLaCode(laCode);
        assertAsAt(asAt);
        const record = await deps.runStore.get(laCode, asAt);
        return record ? json(200, record) : json(404, { code: 'not_found', message: `no run record for LA ${laCode} as at ${asAt}` });
      },
    },
  ];
}
