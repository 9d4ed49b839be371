import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '@careledger/runtime';
import { AuditLog } from '@careledger/access';
import { openTestAccess, type TestAccess } from '@careledger/access/testing';
import { publishAnalystData } from '@careledger/analyst';
import { childInCare as child, ndjson } from './support/events';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { FileDeadLetterStore, IngestService, ingestRoutes } from '@careledger/ingest';
import { ProjectionStore } from '@careledger/projections';
import { Projector } from '@careledger/projector';
import { ARROW_STREAM, analystRoutes, returnsRoutes } from '@careledger/returns';

/*
 * Issue 11, points 1-3 and 6 over HTTP: POST /sql and GET /export/:view.parquet as serve composes them, over a real
 * embedded log, projector and published analyst files. LA 883 has children A1 and A2, LA 884 has B1.
 */
let dir: string;
let log: EmbeddedEventLog;
let store: ProjectionStore;
let access: TestAccess;
let audit: AuditLog;
let server: RunningHttpServer;
let sql883: { authorization: string };
let read883: { authorization: string };
let ingestAll: { authorization: string };

const sql = (query: string, headers?: Record<string, string>, params = '') => fetch(`${server.url}/sql${params}`, { method: 'POST', body: query, ...(headers ? { headers } : {}) });
const rowsOf = async (reply: Response) => ((await reply.json()) as { rows: Record<string, unknown>[] }).rows;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-sql-http-'));
  log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
  store = await ProjectionStore.open({ path: join(dir, 'p.duckdb') });
  const ingest = await IngestService.open(log, new FileDeadLetterStore(join(dir, 'dead.ndjson')));
  access = await openTestAccess(dir);
  audit = await AuditLog.open(access.auditPath);
  const analystDir = join(dir, 'analyst');
  // As serve does: a read catches up first, and the catch-up publishes what changed.
  const projector = new Projector(log, store, { publish: async (s, tag) => { await publishAnalystData(s.connection, { dir: analystDir, pseudonymKey: Buffer.alloc(32, 1), storeTag: tag }); } });
  let serial: Promise<unknown> = Promise.resolve();
  const catchUp = () => { const run = serial.then(() => projector.catchUp()); serial = run.catch(() => undefined); return run.then(() => undefined); };
  server = await startHttpServer([
    ...ingestRoutes(ingest),
    ...returnsRoutes({ withStore: async (work) => { await catchUp(); return work(store); } }),
    ...analystRoutes({ dir: analystDir, beforeRead: catchUp, audit: async (read) => { await audit.record({ ...read, laCodes: read.caller.laCodes }); } }),
  ], { guard: access.guard });
  sql883 = await access.headers(['883'], ['sql']);
  read883 = await access.headers(['883'], ['read', 'child']);
  ingestAll = await access.headers('*', ['ingest']);
  const posted = await fetch(`${server.url}/events`, { method: 'POST', body: ndjson([...child('883', 'A1'), ...child('883', 'A2'), ...child('884', 'B1')]), headers: ingestAll });
  expect(posted.status).toBe(200);
}, 60_000);
afterAll(async () => {
  await server.close();
  await access.close();
  await audit.close();
  store.close();
  await log.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /sql', () => {
  it("answers JSON over the token's LAs only, and nothing outside them is reachable", async () => {
    const reply = await sql('SELECT la_code, child_id FROM children ORDER BY child_id', sql883);
    expect(reply.status).toBe(200);
    expect(await rowsOf(reply)).toEqual([{ la_code: '883', child_id: 'A1' }, { la_code: '883', child_id: 'A2' }]);
    const other = await sql('SELECT * FROM la_884_all.children', sql883);
    expect(other.status).toBe(400);
    expect(await other.text()).toContain('la_884_all');
    const escape = await sql("COPY (SELECT * FROM children) TO '/tmp/careledger-http-escape.csv'", sql883);
    expect(escape.status).toBe(400);
    expect(await escape.text()).toContain('file system operations are disabled');
  });

  it('needs a token with the sql role', async () => {
    expect((await sql('SELECT 1')).status).toBe(401);
    expect((await sql('SELECT 1', read883)).status).toBe(403);
  });

  it('answers an Arrow IPC stream by Accept, the same rows as the JSON', async () => {
    const query = 'SELECT child_id, date_of_birth, period_of_care FROM children JOIN episodes USING (la_code, child_id) ORDER BY child_id';
    const asJson = await rowsOf(await sql(query, sql883));
    const reply = await sql(query, { ...sql883, accept: ARROW_STREAM });
    expect(reply.headers.get('content-type')).toBe(ARROW_STREAM);
    const table = tableFromIPC(new Uint8Array(await reply.arrayBuffer()));
    expect(table.toArray().map((row) => {
      const r = row.toJSON() as Record<string, unknown>;
      return { ...r, date_of_birth: new Date(r.date_of_birth as number).toISOString().slice(0, 10) };
    })).toEqual(asJson);
    expect(asJson).toEqual([{ child_id: 'A1', date_of_birth: '2012-02-02', period_of_care: 1 }, { child_id: 'A2', date_of_birth: '2012-02-02', period_of_care: 1 }]);
  });

  it('pseudonymises when asked', async () => {
    const rows = await rowsOf(await sql('SELECT child_id, date_of_birth FROM children ORDER BY 1', sql883, '?pseudonymise=true'));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => /^P[0-9a-f]{16}$/.test(String(r.child_id)) && r.date_of_birth === '2012-02')).toBe(true);
  });

  it('sees events ingested since, once committed, and a long query holds up neither ingest nor the returns', async () => {
    const slow = sql('SELECT count(*) AS n FROM range(600000000) a WHERE a.range % 7 = 3', sql883).then(async (r) => ({ at: Date.now(), rows: await rowsOf(r) }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const posted = await fetch(`${server.url}/events`, { method: 'POST', body: ndjson(child('883', 'A3', '2024-06-01')), headers: ingestAll });
    expect(posted.status).toBe(200);
    const csv = await fetch(`${server.url}/returns/883/2025/ssda903/header.csv?asAt=2025-03-31`, { headers: read883 });
    expect(await csv.text()).toContain('A3');
    const ingestedAt = Date.now();
    const done = await slow;
    expect(done.rows).toEqual([{ n: '85714286' }]);
    expect(ingestedAt).toBeLessThan(done.at);
    expect(await rowsOf(await sql("SELECT child_id FROM children WHERE child_id = 'A3'", sql883))).toEqual([{ child_id: 'A3' }]);
  }, 60_000);

  it('audits each query with its token, LAs, SQL and rows', async () => {
    await rowsOf(await sql("SELECT child_id FROM children WHERE child_id = 'A1'", sql883));
    const last = (await access.audited()).at(-1)!;
    expect(last).toMatchObject({ laCodes: ['883'], sql: "SELECT child_id FROM children WHERE child_id = 'A1'", rows: 1, status: 200 });
    expect(last.tokenId).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('GET /export/:view.parquet', () => {
  it('streams the view as Parquet over the token\'s LAs, equal to the JSON', async () => {
    const reply = await fetch(`${server.url}/export/children.parquet`, { headers: sql883 });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    const path = join(dir, 'children.parquet');
    writeFileSync(path, new Uint8Array(await reply.arrayBuffer()));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const fromParquet = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}') ORDER BY child_id`)).getRowObjectsJson();
      expect(fromParquet).toEqual(await rowsOf(await sql('SELECT * FROM children ORDER BY child_id', sql883)));
      expect(fromParquet.map((r) => r.child_id)).toEqual(['A1', 'A2', 'A3']);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    expect((await access.audited()).filter((e) => e.route?.startsWith('GET /export'))).toMatchObject([{ route: 'GET /export/children.parquet', laCodes: ['883'], rows: 3, status: 200 }]);
    expect((await fetch(`${server.url}/export/passwords.parquet`, { headers: sql883 })).status).toBe(404);
  });
});
