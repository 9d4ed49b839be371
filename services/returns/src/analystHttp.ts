import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AnalystSession, DEFAULT_LIMITS, arrowIpcStream, exportViewParquet, jsonStream, type AnalystLimits, type AnalystResult, type AnalystScope,
} from '@careledger/analyst';
import { InternalError, InvalidInputError, NotFoundError, needs, type Caller, type HttpRoute } from '@careledger/runtime';

/** A read of child-level data by SQL or export, for the audit file. */
export interface AnalystRead {
  readonly caller: Caller;
  readonly sql?: string;
  readonly route?: string;
  readonly rows: number | null;
  readonly status: number;
}

export interface AnalystRoutesDeps {
  /** Where the projector publishes the analyst views (`<data>/analyst`). */
  readonly dir: string;
  readonly audit: (read: AnalystRead) => Promise<void>;
  /** Brings the published views up to date first (serve: the catch-up that folds what was ingested and publishes it). */
  readonly beforeRead?: () => Promise<void>;
  readonly limits?: AnalystLimits;
}

export const ARROW_STREAM = 'application/vnd.apache.arrow.stream';

const scopeOf = (caller: Caller | undefined, query: URLSearchParams): AnalystScope => {
  if (!caller) throw new InternalError('http.sql_without_caller', 'an analyst route ran without a caller');
  return { laCodes: caller.laCodes === '*' ? 'all' : caller.laCodes, pseudonymised: query.get('pseudonymise') === 'true' };
};

/**
 * The query's parts, counted, with the session closed and the read audited once the last part is sent (or the
 * stream fails): the row count is only known then. The first part is read before answering, so a query refused by
 * the sandbox gets its 4xx, never a broken 200.
 */
async function auditedParts(session: AnalystSession, sql: string, onEnd: (rows: number, failed: boolean) => Promise<void>): Promise<AsyncIterable<AnalystResult>> {
  const parts = session.stream(sql);
  let first: IteratorResult<AnalystResult>;
  try {
    first = await parts.next();
  } catch (error) {
    session.close();
    throw error;
  }
  return (async function* () {
    let rows = 0;
    let failed = true;
    try {
      if (!first.done) { rows += first.value.rows.length; yield first.value; }
      for await (const part of parts) { rows += part.rows.length; yield part; }
      failed = false;
    } finally {
      session.close();
      await onEnd(rows, failed);
    }
  })();
}

/** POST /sql (JSON, or Arrow IPC by Accept) and GET /export/:view.parquet, over the token's LAs only. */
export function analystRoutes(deps: AnalystRoutesDeps): HttpRoute[] {
  const limits = deps.limits ?? DEFAULT_LIMITS;
  return [
    {
      method: 'POST',
      path: '/sql',
      access: needs('sql'),
      handle: async ({ body, query, caller, accept }) => {
        const sql = (await body()).trim();
        if (sql === '') throw new InvalidInputError('http.sql_empty', 'POST /sql takes one SELECT as the request body', {});
        const scope = scopeOf(caller, query);
        await deps.beforeRead?.();
        const session = await AnalystSession.open(deps.dir, scope, limits);
        const parts = await auditedParts(session, sql, (rows, failed) => deps.audit({ caller: caller!, sql, rows, status: failed ? 500 : 200 })).catch(async (error: unknown) => {
          await deps.audit({ caller: caller!, sql, rows: null, status: 400 });
          throw error;
        });
        const arrow = accept?.includes(ARROW_STREAM) === true;
        return { status: 200, contentType: arrow ? ARROW_STREAM : 'application/json', body: arrow ? arrowIpcStream(parts) : jsonStream(parts) };
      },
    },
    {
      method: 'GET',
      path: '/export/:file',
      access: needs('sql'),
      handle: async ({ params, query, caller }) => {
        const view = /^([a-z_][a-z0-9_]*)\.parquet$/.exec(params.file ?? '')?.[1];
        if (!view) throw new NotFoundError('http.export_unknown', `GET /export/<view>.parquet exports an analyst view (careledger schema lists them), not ${params.file}`, { file: params.file });
        const dir = await mkdtemp(join(tmpdir(), 'careledger-export-'));
        const path = join(dir, `${view}.parquet`);
        const route = `GET /export/${params.file}${query.size > 0 ? `?${query}` : ''}`;
        try {
          await deps.beforeRead?.();
          const rows = await exportViewParquet(deps.dir, scopeOf(caller, query), view, path);
          await deps.audit({ caller: caller!, route, rows, status: 200 });
        } catch (error) {
          await rm(dir, { recursive: true, force: true });
          throw error;
        }
        const file = createReadStream(path);
        file.once('close', () => { void rm(dir, { recursive: true, force: true }); });
        return { status: 200, contentType: 'application/vnd.apache.parquet', headers: { 'content-disposition': `attachment; filename="${view}.parquet"` }, body: file };
      },
    },
  ];
}
