import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '@careledger/runtime';
import { openTestAccess, type TestAccess } from '@careledger/access/testing';
import { ChildHistory } from '@careledger/events/testing';
import { returnsRoutes } from '../src';
import { withProjections } from '../src/testing';

let server: RunningHttpServer;
let access: TestAccess;
/** A token for every LA that may read figures and children: these tests are about the answers; test/access.http.test.ts is about refusals. */
let headers: { authorization: string };
let release: () => void;
let done: Promise<void>;

beforeAll(async () => {
  const child = new ChildHistory('990', 'W1');
  child.details({ sex: 'M', dob: '2014-04-04', ethnicity: 'WBRI' }, '2025-06-01');
  child.startCare('2025-06-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  const ready = new Promise<void>((resolve) => {
    done = withProjections(child.events, async (store) => {
      access = await openTestAccess();
      headers = await access.headers('*', ['read', 'child']);
      server = await startHttpServer(returnsRoutes({ withStore: (work) => work(store) }), { guard: access.guard });
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
  return { status: response.status, body: await response.text() };
};

describe('GET /returns: a request asked wrongly gets 400 or 404 saying why', () => {
  it('answers a well-formed request', async () => {
    expect((await get('/returns/990/2026/figures?asAt=2026-06-01')).status).toBe(200);
  });

  it('refuses an as-at that is not a calendar date with 400 naming the parameter, never echoing it as a date', async () => {
    for (const asAt of ['garbage', '2025-13-45']) {
      const reply = await get(`/returns/990/2026/figures?asAt=${asAt}`);
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ kind: 'invalid', code: 'http.invalid_as_at', parameter: 'asAt', value: asAt });
      expect(reply.body).not.toMatch(/SELECT|CAST/);
    }
    expect((await get('/returns/990/2026/ssda903/episodes.csv?asAt=2025-13-45')).status).toBe(400);
  });

  it('answers as known on an instant (issue 7 defect 2), its as-at date defaulting to that day', async () => {
    // W1 was recorded at 12:00 UTC on 1 June 2025; a '+' sent unencoded in the query arrives as a space.
    const known = await get('/returns/990/2026/figures?asKnownOn=2025-06-01T13:00:00+01:00');
    expect(known.status).toBe(200);
    expect(JSON.parse(known.body)).toMatchObject({ asAt: '2025-06-01', asKnownOn: '2025-06-01T13:00:00+01:00', figures: expect.arrayContaining([expect.objectContaining({ id: 'cla_during_year', value: 1 })]) });
    const before = await get('/returns/990/2026/figures?asAt=2025-06-01&asKnownOn=2025-06-01T11:59:59Z');
    expect(before.status).toBe(404);
    expect(JSON.parse(before.body)).toMatchObject({ kind: 'not_found', code: 'return.no_events' });
  });

  it('refuses an asKnownOn that is neither a date-time with an offset nor a date with 400 naming the parameter', async () => {
    for (const asKnownOn of ['garbage', '2025-06-01T13:00:00', '2025-02-30']) {
      const reply = await get(`/returns/990/2026/figures?asKnownOn=${asKnownOn}`);
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ kind: 'invalid', code: 'http.invalid_as_known_on', parameter: 'asKnownOn', value: asKnownOn });
    }
  });

  it('refuses an LA code that is not three digits with 400', async () => {
    for (const la of ['88', 'ABC']) {
      const reply = await get(`/returns/${la}/2026/figures?asAt=2026-06-01`);
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ kind: 'invalid', code: 'return.invalid_la' });
    }
  });

  it('answers an LA with no events with 404', async () => {
    const reply = await get('/returns/888/2026/figures?asAt=2026-06-01');
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ kind: 'not_found', code: 'return.no_events', laCode: '888' });
  });

  it('refuses a year that has not started by the as-at date with 400', async () => {
    const reply = await get('/returns/990/3000/figures?asAt=2026-12-01');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ kind: 'invalid', code: 'return.year_not_started' });
  });

  it('answers an unknown 903 file with 404 naming the files there are', async () => {
    const reply = await get('/returns/990/2026/ssda903/dols.csv');
    expect(reply.status).toBe(404);
    expect(reply.body).toMatch(/header\.csv, episodes\.csv, reviews\.csv, uasc\.csv, oc2\.csv, oc3\.csv, ad1\.csv, placed_for_adoption\.csv, previous_permanence\.csv, missing\.csv, sw_episodes\.csv, dolo\.csv/);
  });

  it("answers a 903 file of another year's return (DoLo before 2026-27) with 404 naming the year's files", async () => {
    const reply = await get('/returns/990/2026/ssda903/dolo.csv');
    expect(reply.status).toBe(404);
    expect(reply.body).toContain('the 2025-26 903 has no dolo.csv; it has header.csv, episodes.csv, reviews.csv, uasc.csv, oc2.csv, oc3.csv, ad1.csv, placed_for_adoption.csv, previous_permanence.csv, missing.csv, sw_episodes.csv');
  });
});
