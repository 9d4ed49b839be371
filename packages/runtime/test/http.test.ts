import { Readable, Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  InvalidInputError, NotFoundError, UnauthenticatedError, json, needs, needsForLa, startHttpServer,
  type Caller, type ChildLevelRead, type HttpGuard, type RunningHttpServer,
} from '../src';

/** A pino logger that keeps its lines, to see at which level each failure was logged. */
function capturingLogger() {
  const lines: { level: number; msg: string; err?: { stack?: string } }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

let server: RunningHttpServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

describe('HTTP status and logging follow the error kind', () => {
  it('answers an expected failure with its kind\'s status, logged below error level and without a stack', async () => {
    const { logger, lines } = capturingLogger();
    server = await startHttpServer([
      { method: 'GET', path: '/bad', access: 'open', handle: async () => { throw new InvalidInputError('test.bad', 'asAt must be a date', { parameter: 'asAt' }); } },
      { method: 'GET', path: '/missing', access: 'open', handle: async () => { throw new NotFoundError('test.missing', 'no events for LA 888'); } },
      { method: 'GET', path: '/ok', access: 'open', handle: async () => json(200, { ok: true }) },
    ], { logger });

    const bad = await fetch(`${server.url}/bad`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ kind: 'invalid', code: 'test.bad', message: 'asAt must be a date', parameter: 'asAt' });
    expect((await fetch(`${server.url}/missing`)).status).toBe(404);
    expect((await fetch(`${server.url}/ok`)).status).toBe(200);

    const refused = lines.filter((l) => l.msg === 'request refused');
    expect(refused).toHaveLength(2);
    for (const line of lines) {
      expect(line.level).toBeLessThan(50); // pino: 50 is error
      expect(line.err?.stack).toBeUndefined();
    }
  });

  it('answers a defect with 500 that names no internals, and logs it at error level with its stack', async () => {
    const { logger, lines } = capturingLogger();
    server = await startHttpServer([
      { method: 'GET', path: '/defect', access: 'open', handle: async () => { throw new Error('Binder Error: column "x" not found in SELECT x FROM episodes'); } },
    ], { logger });
    const response = await fetch(`${server.url}/defect`);
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).not.toContain('SELECT');
    expect(lines.filter((l) => l.level === 50)).toHaveLength(1);
    expect(lines[0]!.err?.stack).toContain('Binder Error');
  });
});

/** The guard interface over a fixed set of callers, keeping its audit in memory: the token store is packages/access's. */
function fixedGuard(callers: Record<string, Caller>): HttpGuard & { reads: ChildLevelRead[] } {
  const reads: ChildLevelRead[] = [];
  return {
    reads,
    authenticate: async (authorization) => {
      const caller = authorization?.startsWith('Bearer ') ? callers[authorization.slice(7)] : undefined;
      if (!caller) throw new UnauthenticatedError('test.no_token', 'send a token');
      return caller;
    },
    recordChildRead: async (read) => { reads.push(read); },
  };
}

const reader: Caller = { tokenId: 'r1', name: 'figures', laCodes: ['883'], roles: ['read'] };
const officer: Caller = { tokenId: 'c1', name: 'officer', laCodes: ['883'], roles: ['read', 'child'] };
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

describe('access: every route states what it needs, and the guard is asked before the route runs', () => {
  it('serves an open route without a token, and answers 401 with WWW-Authenticate to a guarded one', async () => {
    let ran = false;
    server = await startHttpServer([
      { method: 'GET', path: '/health', access: 'open', handle: async () => json(200, { status: 'ok' }) },
      { method: 'GET', path: '/figures/:laCode', access: needsForLa('read'), handle: async () => { ran = true; return json(200, {}); } },
    ], { guard: fixedGuard({ reader }) });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const refused = await fetch(`${server.url}/figures/883`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await refused.json()).toMatchObject({ kind: 'unauthenticated', code: 'test.no_token' });
    expect((await fetch(`${server.url}/figures/883`, bearer('wrong'))).headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(ran).toBe(false);
  });

  it('without a guard serves only open routes', async () => {
    server = await startHttpServer([{ method: 'GET', path: '/figures', access: needs('read'), handle: async () => json(200, {}) }]);
    const response = await fetch(`${server.url}/figures`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'http.no_access_control' });
  });

  it('answers 403 for a role the token lacks and for an LA outside its scope; audits child-level reads, refused ones too', async () => {
    const guard = fixedGuard({ reader, officer });
    server = await startHttpServer([
      { method: 'GET', path: '/figures/:laCode', access: needsForLa('read'), handle: async () => json(200, { value: 3 }) },
      { method: 'GET', path: '/children/:laCode', access: needsForLa('child'), handle: async ({ caller }) => ({ ...json(200, { by: caller?.tokenId, children: ['A', 'B'] }), rows: 2 }) },
    ], { guard });
    expect((await fetch(`${server.url}/figures/883`, bearer('reader'))).status).toBe(200);
    expect(await (await fetch(`${server.url}/figures/884`, bearer('reader'))).json()).toMatchObject({ kind: 'forbidden', code: 'access.la_out_of_scope', laCode: '884' });
    expect(await (await fetch(`${server.url}/children/883`, bearer('reader'))).json()).toMatchObject({ kind: 'forbidden', code: 'access.role_missing', role: 'child' });
    const children = await fetch(`${server.url}/children/883?pseudonymise=true`, bearer('officer'));
    expect(await children.json()).toEqual({ by: 'c1', children: ['A', 'B'] });
    expect((await fetch(`${server.url}/children/884`, bearer('officer'))).status).toBe(403);
    expect(guard.reads.map(({ caller, ...read }) => ({ token: caller.tokenId, ...read }))).toEqual([
      { token: 'r1', laCode: '883', route: 'GET /children/883', rows: null, status: 403 },
      { token: 'c1', laCode: '883', route: 'GET /children/883?pseudonymise=true', rows: 2, status: 200 },
      { token: 'c1', laCode: '884', route: 'GET /children/884', rows: null, status: 403 },
    ]);
  });
});

describe('bodies, streams and binding', () => {
  it('refuses a body over the limit with 413 and a JSON error, before the route sees it', async () => {
    let seen = 0;
    server = await startHttpServer([
      { method: 'POST', path: '/echo', access: 'open', handle: async ({ body }) => { seen += 1; return json(200, { length: (await body()).length }); } },
    ], { bodyLimitBytes: 1000 });
    expect(await (await fetch(`${server.url}/echo`, { method: 'POST', body: 'x'.repeat(1000) })).json()).toEqual({ length: 1000 });
    const tooLarge = await fetch(`${server.url}/echo`, { method: 'POST', body: 'x'.repeat(1001) });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ kind: 'too_large', code: 'http.body_too_large', limitBytes: 1000 });
    expect(seen).toBe(1);
    // any content type is text to the route: NDJSON, curl's default form type, JSON
    for (const type of ['application/x-ndjson', 'application/x-www-form-urlencoded', 'application/json']) {
      const response = await fetch(`${server.url}/echo`, { method: 'POST', body: '{"a":1}\n{"a":2}', headers: { 'content-type': type } });
      expect(await response.json()).toEqual({ length: 15 });
    }
  });

  it('streams a Readable body as it is produced', async () => {
    server = await startHttpServer([{
      method: 'GET', path: '/rows', access: 'open',
      handle: async () => ({ status: 200, contentType: 'application/x-ndjson', headers: { 'content-disposition': 'attachment; filename="rows.ndjson"' }, body: Readable.from((function* () { for (let i = 0; i < 3; i++) yield `{"row":${i}}\n`; })()) }),
    }]);
    const response = await fetch(`${server.url}/rows`);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="rows.ndjson"');
    expect(await response.text()).toBe('{"row":0}\n{"row":1}\n{"row":2}\n');
  });

  it('binds 127.0.0.1 unless told otherwise, and answers an unknown route with 404', async () => {
    server = await startHttpServer([]);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const missing = await fetch(`${server.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 'not_found', message: 'no route for GET /nowhere' });
  });
});
