import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidInputError, NotFoundError, json, startHttpServer, type RunningHttpServer } from '../src';

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
      { method: 'GET', path: '/bad', handle: async () => { throw new InvalidInputError('test.bad', 'asAt must be a date', { parameter: 'asAt' }); } },
      { method: 'GET', path: '/missing', handle: async () => { throw new NotFoundError('test.missing', 'no events for LA 888'); } },
      { method: 'GET', path: '/ok', handle: async () => json(200, { ok: true }) },
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
      { method: 'GET', path: '/defect', handle: async () => { throw new Error('Binder Error: column "x" not found in SELECT x FROM episodes'); } },
    ], { logger });
    const response = await fetch(`${server.url}/defect`);
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).not.toContain('SELECT');
    expect(lines.filter((l) => l.level === 50)).toHaveLength(1);
    expect(lines[0]!.err?.stack).toContain('Binder Error');
  });
});
