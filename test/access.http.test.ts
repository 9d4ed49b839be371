import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startHttpServer, type RunningHttpServer } from '@careledger/runtime';
import { openTestAccess, type TestAccess } from '@careledger/access/testing';
import { childInCare as child, ndjson } from './support/events';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { FileDeadLetterStore, IngestService, ingestRoutes } from '@careledger/ingest';
import { ProjectionStore } from '@careledger/projections';
import { Projector } from '@careledger/projector';
import { measuresRoutes, reportsRoutes, returnsRoutes } from '@careledger/returns';

/*
 * Issue 11, points 4 and 6: every route of serve behind a token scoped to LAs and roles, body and line limits, and
 * the audit of child-level reads. Two LAs, 883 and 884, one child each (ingested over HTTP by a token for each).
 */
const BODY_LIMIT = 32 * 1024;
const LINE_LIMIT = 4 * 1024;

let dir: string;
let log: EmbeddedEventLog;
let store: ProjectionStore;
let access: TestAccess;
let server: RunningHttpServer;
const token: Record<'ingest883' | 'ingest884' | 'read883' | 'officer883' | 'all' | 'revoked', { authorization: string }> = {} as never;

const call = async (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) => {
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  let body: unknown = text;
  try { body = JSON.parse(text); } catch { /* CSV or HTML */ }
  return { status: response.status, body: body as Record<string, unknown>, text, headers: response.headers };
};
const get = (path: string, headers?: { authorization: string }) => call(path, headers ? { headers } : {});
const post = (body: string, headers?: { authorization: string }) => call('/events', { method: 'POST', body, ...(headers ? { headers } : {}) });

const FIGURES = (la: string) => `/returns/${la}/2025-26/figures?asAt=2026-06-01`;
const CSV = (la: string) => `/returns/${la}/2026/ssda903/episodes.csv?asAt=2026-06-01`;
const MEASURE = (la: string) => `/measures/${la}/cla_at_date?period=2025-06`;
const CHILDREN = (la: string) => `/measures/${la}/cla_at_date/children?period=2025-06-30`;
const REPORT = (la: string, mode = 'public') => `/reports/${la}?period=2025-26-Q4&mode=${mode}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-access-http-'));
  log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
  store = await ProjectionStore.open({ path: join(dir, 'p.duckdb') });
  const ingest = await IngestService.open(log, new FileDeadLetterStore(join(dir, 'dead.ndjson')));
  access = await openTestAccess(dir);
  const withStore = async <T>(work: (s: ProjectionStore) => Promise<T>) => { await new Projector(log, store).catchUp(); return work(store); };
  server = await startHttpServer([
    { method: 'GET', path: '/health', access: 'open', handle: async () => json(200, { status: 'ok' }) },
    ...ingestRoutes(ingest, { maxLineBytes: LINE_LIMIT }),
    ...returnsRoutes({ withStore }),
    ...measuresRoutes({ withStore }),
    ...reportsRoutes({ withStore, refusedEvents: async () => ({ count: 0, byReason: [] }) }),
  ], { guard: access.guard, bodyLimitBytes: BODY_LIMIT });
  token.ingest883 = await access.headers(['883'], ['ingest', 'read', 'child']);
  token.ingest884 = await access.headers(['884'], ['ingest']);
  token.read883 = await access.headers(['883'], ['read']);
  token.officer883 = await access.headers(['883'], ['read', 'child']);
  token.all = await access.headers('*', ['read', 'child']);
  token.revoked = await access.headers('*', ['read', 'child', 'ingest']);
  await access.tokens.revoke(/clt_([0-9a-f]{12})_/.exec(token.revoked.authorization)![1]!);
  expect((await post(ndjson(child('883', 'A1')), token.ingest883)).status).toBe(200);
  expect((await post(ndjson(child('884', 'B1')), token.ingest884)).status).toBe(200);
}, 60_000);
afterAll(async () => {
  await server.close();
  await access.close();
  store.close();
  await log.close();
  rmSync(dir, { recursive: true, force: true });
});

const EVERY_ROUTE = [['GET', FIGURES('883')], ['GET', CSV('883')], ['GET', MEASURE('883')], ['GET', CHILDREN('883')], ['GET', REPORT('883')], ['GET', '/measures'], ['POST', '/events']] as const;

describe('401: a request without a valid token', () => {
  it.each(EVERY_ROUTE)('%s %s is refused with WWW-Authenticate: Bearer, and runs nothing', async (method, path) => {
    for (const headers of [undefined, { authorization: 'Bearer clt_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, { authorization: 'Basic dXNlcjpwYXNz' }, token.revoked]) {
      const reply = await call(path, { method, ...(headers ? { headers } : {}), ...(method === 'POST' ? { body: ndjson(child('883', 'NOPE')) } : {}) });
      expect(reply.status).toBe(401);
      expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer realm="careledger"/);
      expect(reply.body).toMatchObject({ kind: 'unauthenticated' });
    }
    expect((await get(CSV('883'), token.all)).text).not.toContain('NOPE');
  });

  it('says a token was revoked, and GET /health needs none', async () => {
    expect((await get(FIGURES('883'), token.revoked)).body).toMatchObject({ code: 'access.revoked_token' });
    expect((await get('/health')).status).toBe(200);
  });
});

describe('403: a token for one LA never sees another\'s data, nor what its roles do not cover', () => {
  it.each([['figures', FIGURES], ['returns CSV', CSV], ['measure', MEASURE], ['drill-through', CHILDREN], ['public report', REPORT], ['internal report', (la: string) => REPORT(la, 'internal')]])('%s of LA 884 with an 883 token', async (_what, path) => {
    const reply = await get(path('884'), token.ingest883);
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ kind: 'forbidden', code: 'access.la_out_of_scope', laCode: '884' });
    expect(reply.text).not.toContain('B1');
  });

  it('a token without the role: child-level data with read only, figures and events with ingest only', async () => {
    for (const path of [CSV('883'), CHILDREN('883'), REPORT('883', 'internal')]) {
      expect((await get(path, token.read883)).body).toMatchObject({ kind: 'forbidden', code: 'access.role_missing', role: 'child' });
    }
    expect((await get(FIGURES('884'), token.ingest884)).body).toMatchObject({ code: 'access.role_missing', role: 'read' });
    expect((await post(ndjson(child('883', 'R1')), token.read883)).body).toMatchObject({ code: 'access.role_missing', role: 'ingest' });
    expect((await get(REPORT('883'), token.read883)).status).toBe(200); // a public report is aggregate
  });

  it('POST /events: a batch all of another LA is 403 and appends nothing; in a mixed batch only those lines are refused', async () => {
    const foreign = await post(ndjson(child('884', 'B2')), token.ingest883);
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ kind: 'forbidden', code: 'access.la_out_of_scope', rejected: [{ line: 1 }, { line: 2 }] });

    const mixed = await post(ndjson([...child('883', 'A2'), ...child('884', 'B3')]), token.ingest883);
    expect(mixed.status).toBe(207);
    expect(mixed.body).toMatchObject({ received: 4, appended: 2, rejected: [{ line: 3, errors: [{ field: 'laCode', reason: expect.stringMatching(/^forbidden: .*LA 884/) }] }, { line: 4 }] });

    expect((await get(CSV('883'), token.all)).text).toContain('A2');
    const la884 = (await get(CSV('884'), token.all)).text;
    expect(la884).toContain('B1');
    expect(la884).not.toMatch(/B2|B3/);
    // refused for who sent them, not for what they say: no dead letter to count against LA 884's data quality
    const deadLetters = join(dir, 'dead.ndjson');
    expect(existsSync(deadLetters) ? readFileSync(deadLetters, 'utf8') : '').not.toMatch(/B2|B3/);
  });

  it('a * token sees every LA', async () => {
    for (const la of ['883', '884']) {
      expect((await get(FIGURES(la), token.all)).status).toBe(200);
      expect((await get(CHILDREN(la), token.all)).status).toBe(200);
    }
  });
});

describe('limits: a request too big is refused whole and loses nothing already taken', () => {
  it('answers a body over http.bodyLimitBytes with 413, and the events of the request before are intact', async () => {
    expect((await post(ndjson(child('883', 'BEFORE413')), token.ingest883)).status).toBe(200);
    const lines = ndjson(Array.from({ length: 200 }, (_, i) => child('883', `BIG${i}`)).flat());
    expect(lines.length).toBeGreaterThan(BODY_LIMIT);
    const tooBig = await post(lines, token.ingest883);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toMatchObject({ kind: 'too_large', code: 'http.body_too_large', limitBytes: BODY_LIMIT });
    const csv = (await get(CSV('883'), token.ingest883)).text;
    expect(csv).toContain('BEFORE413');
    expect(csv).not.toContain('BIG0');
  });

  it('refuses a line over http.maxLineBytes by its line number and appends the others', async () => {
    const [first, second] = child('883', 'LONG1');
    const overLong = JSON.stringify({ ...child('883', 'LONG2')[0], note: 'x'.repeat(LINE_LIMIT) });
    const reply = await post(`${JSON.stringify(first)}\n${overLong}\n${JSON.stringify(second)}\n`, token.ingest883);
    expect(reply.status).toBe(207);
    expect(reply.body).toMatchObject({ received: 3, appended: 2, rejected: [{ line: 2, errors: [{ field: '(line)', reason: expect.stringContaining(`over the limit of ${LINE_LIMIT} bytes`) }] }] });
    expect((await get(CSV('883'), token.ingest883)).text).toContain('LONG1');
  });
});

describe('audit: every child-level read is recorded with its token, LA, route, rows and status', () => {
  it('records returns CSV, drill-through and internal reports, refused attempts too, and no figures', async () => {
    const before = (await access.audited()).length;
    const csv = await get(CSV('883'), token.officer883);
    const dataRows = csv.text.trim().split('\n').length - 1;
    const children = await get(CHILDREN('883'), token.officer883);
    await get(REPORT('883', 'internal'), token.officer883);
    await get(CHILDREN('884'), token.officer883);
    await get(FIGURES('883'), token.officer883);
    await get(MEASURE('883'), token.officer883);
    await get(REPORT('883'), token.officer883);
    const officerId = /clt_([0-9a-f]{12})_/.exec(token.officer883.authorization)![1];
    const entries = (await access.audited()).slice(before);
    expect(entries.map(({ at: _at, ...e }) => e)).toEqual([
      { tokenId: officerId, tokenName: 'test', laCodes: ['883'], route: `GET ${CSV('883')}`, rows: dataRows, status: 200 },
      { tokenId: officerId, tokenName: 'test', laCodes: ['883'], route: `GET ${CHILDREN('883')}`, rows: (children.body.children as unknown[]).length, status: 200 },
      { tokenId: officerId, tokenName: 'test', laCodes: ['883'], route: `GET ${REPORT('883', 'internal')}`, rows: null, status: 200 },
      { tokenId: officerId, tokenName: 'test', laCodes: ['884'], route: `GET ${CHILDREN('884')}`, rows: null, status: 403 },
    ]);
    expect(dataRows).toBeGreaterThan(2);
    const raw = readFileSync(access.auditPath, 'utf8');
    expect(raw).not.toContain(token.officer883.authorization.slice('Bearer clt_000000000000_'.length));
  });
});
