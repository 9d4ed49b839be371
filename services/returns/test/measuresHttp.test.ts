import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '@careledger/runtime';
import { openTestAccess, type TestAccess } from '@careledger/access/testing';
import { ChildHistory } from '@careledger/events/testing';
import { measuresRoutes } from '../src';
import { withProjections } from '../src/testing';

/*
 * LA 990: A in care from 1 April 2025 (C2, U4); B from 1 June 2025 (V2, U6), recorded on 10 June; C a short break
 * (V3) from 1 May. At 30 June 2025: A and B = 2 (C's short break is not counted); as known on 5 June: A only.
 */
let server: RunningHttpServer;
let access: TestAccess;
/** A token for every LA that may read figures and children: these tests are about the answers; test/access.http.test.ts is about refusals. */
let headers: { authorization: string };
let release: () => void;
let done: Promise<void>;

beforeAll(async () => {
  const a = new ChildHistory('990', 'A');
  a.details({ sex: 'F', dob: '2012-03-03' }, '2025-04-01');
  a.startCare('2025-04-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  const b = new ChildHistory('990', 'B');
  b.details({ sex: 'M', dob: '2014-04-04' }, '2025-06-01');
  b.startCare('2025-06-01', { ls: 'V2', cin: 'N1', place: 'U6' }, '2025-06-10');
  const c = new ChildHistory('990', 'C');
  c.details({ sex: 'M', dob: '2015-05-05' }, '2025-05-01');
  c.startCare('2025-05-01', { ls: 'V3', cin: 'N1', place: 'U6' });
  const ready = new Promise<void>((resolve) => {
    done = withProjections([...a.events, ...b.events, ...c.events], async (store) => {
      access = await openTestAccess();
      headers = await access.headers('*', ['read', 'child']);
      server = await startHttpServer(measuresRoutes({ withStore: (work) => work(store), pseudonymKey: async () => Buffer.alloc(32, 7) }), { guard: access.guard });
      resolve();
      await new Promise<void>((r) => { release = r; });
      await server.close();
      await access.close();
    });
  });
  await ready;
});
afterAll(async () => {
  release();
  await done;
});

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { status: response.status, body: JSON.parse(await response.text()) };
};

describe('GET /measures', () => {
  it('lists the catalogue with each definition', async () => {
    const { status, body } = await get('/measures');
    expect(status).toBe(200);
    expect(body.measures.find((m: { id: string }) => m.id === 'cla_at_date')).toMatchObject({ unit: 'count', source: 'DfE', definition: expect.stringContaining('short breaks') });
  });

  it('gives a figure for a period, and the children behind it, pseudonymised on request', async () => {
    const figure = await get('/measures/990/cla_at_date?period=2025-06');
    expect(figure).toMatchObject({ status: 200, body: { laCode: '990', value: 2, period: { kind: 'asAt', end: '2025-06-30' }, measure: { id: 'cla_at_date' } } });
    expect(figure.body.children).toBeUndefined();
    const children = await get('/measures/990/cla_at_date/children?period=2025-06-30');
    expect(children.body.children.map((c: { child_id: string }) => c.child_id)).toEqual(['A', 'B']);
    const pseudonymised = await get('/measures/990/cla_at_date/children?period=2025-06-30&pseudonymise=true');
    expect(pseudonymised.body.pseudonymised).toBe(true);
    for (const child of pseudonymised.body.children) expect(child.child_id).toMatch(/^P[0-9a-f]{16}$/);
    expect((await get('/measures/990/cla_at_date?period=2025-06&asKnownOn=2025-06-05')).body.value).toBe(1);
  });

  it('refuses an unknown measure with 404 and a missing or unreadable period with 400', async () => {
    expect(await get('/measures/990/nope?period=2025-06')).toMatchObject({ status: 404, body: { code: 'http.unknown_measure' } });
    expect(await get('/measures/990/cla_at_date')).toMatchObject({ status: 400, body: { code: 'http.missing_period' } });
    expect(await get('/measures/990/cla_at_date?period=soon')).toMatchObject({ status: 400, body: { code: 'http.invalid_period' } });
    expect(await get('/measures/990/ceased_in_period?period=2025-06-30')).toMatchObject({ status: 400, body: { code: 'measure.unsupported_period' } });
  });
});
