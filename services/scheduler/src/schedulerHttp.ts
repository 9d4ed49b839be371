import { json, type HttpRoute } from '@careledger/runtime';
import { assertAsAt, assertLaCode, type NightlyScheduler } from './nightlyScheduler';
import type { RunStore } from './runStore';

export interface SchedulerHttpDeps {
  readonly scheduler: Pick<NightlyScheduler, 'trigger' | 'failures' | 'schedulers'>;
  readonly runStore: RunStore;
}

function limitFrom(query: URLSearchParams, fallback: number): number {
  const raw = query.get('limit');
  const n = raw === null ? fallback : Number(raw);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : fallback;
}

/**
 * POST /runs/:laCode[?asAt=YYYY-MM-DD]  manual run → 202 { jobId, laCode, asAt, deduplicated, state }
 * GET  /runs[?limit=]                   run records, newest first
 * GET  /runs/failures[?limit=]          failed jobs with their error
 * GET  /runs/schedulers                 the nightly job schedulers and their next fire time
 * GET  /runs/:laCode[?limit=]           one LA's run records, newest first
 * GET  /runs/:laCode/compare?a=&b=      figure differences between two business dates
 * GET  /runs/:laCode/:asAt              one run record
 * The router takes the first match in order, so the fixed paths come before `/runs/:laCode`
 * ('failures' and 'schedulers' can therefore never be LA codes, which are digits).
 * Bad LA codes and dates throw CareledgerErrors with '.invalid' codes, which the server turns into 400s.
 */
export function schedulerRoutes(deps: SchedulerHttpDeps): HttpRoute[] {
  return [
    {
      method: 'POST',
      path: '/runs/:laCode',
      handle: async ({ params, query }) => {
        const asAt = query.get('asAt') ?? undefined;
        const result = await deps.scheduler.trigger({ laCode: params.laCode ?? '', ...(asAt === undefined ? {} : { asAt }) });
        return json(202, result);
      },
    },
    { method: 'GET', path: '/runs', handle: async ({ query }) => json(200, await deps.runStore.list(undefined, limitFrom(query, 50))) },
    { method: 'GET', path: '/runs/failures', handle: async ({ query }) => json(200, await deps.scheduler.failures(limitFrom(query, 100))) },
    { method: 'GET', path: '/runs/schedulers', handle: async () => json(200, await deps.scheduler.schedulers()) },
    {
      method: 'GET',
      path: '/runs/:laCode',
      handle: async ({ params, query }) => {
        assertLaCode(params.laCode ?? '');
        return json(200, await deps.runStore.list(params.laCode, limitFrom(query, 50)));
      },
    },
    {
      method: 'GET',
      path: '/runs/:laCode/compare',
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
