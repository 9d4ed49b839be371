import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { ProjectionStore } from '@careledger/projections';
import { foldInBatches } from '@careledger/projections/testing';
import { pseudonymFor } from '@careledger/runtime';
import { ANALYST_VIEWS, AnalystSession, publishAnalystData } from '../src';

const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 9);

/** Two LAs: 883 with two children (one moved once, one reviewed and missing once), 990 with one. */
function history() {
  const a = new ChildHistory('883', 'A1');
  a.details({ dob: '2012-05-17', upn: 'A123456789012' });
  a.startCare('2024-05-01', { ls: 'C2', place: 'U4', homePostcode: 'CW1 1AA', postcode: 'CW12 3BB' });
  a.move('2024-09-01', { place: 'U6', reason: 'CARPL' });
  const b = new ChildHistory('883', 'B2');
  b.details({ dob: '2010-01-02' });
  b.startCare('2024-06-01', { ls: 'C1', place: 'K2' });
  b.review('2024-07-01', 'PN1');
  b.missing('m1', '2024-08-01', '2024-08-03', 'M');
  const c = new ChildHistory('990', 'C3');
  c.details({ dob: '2015-03-03' });
  c.startCare('2024-04-10', { ls: 'C2', place: 'U1' });
  return [...a.events, ...b.events, ...c.events];
}

let dir: string;
let store: ProjectionStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-analyst-'));
  store = await ProjectionStore.open({ path: join(dir, 'projections.duckdb') });
  await foldInBatches(store, history());
  expect(await publishAnalystData(store.connection, { dir: join(dir, 'analyst'), pseudonymKey: KEY })).toEqual({ published: ['883', '990'], unchanged: [] });
});

afterAll(() => store.close());

const rows = async (sql: string, scope: { laCodes: readonly string[] | 'all'; pseudonymised?: boolean } = { laCodes: 'all' }) => {
  const session = await AnalystSession.open(join(dir, 'analyst'), scope);
  try {
    return (await session.query(sql)).rows;
  } finally {
    session.close();
  }
};

describe('the analyst views', () => {
  it('each give exactly the columns the data dictionary documents', async () => {
    const session = await AnalystSession.open(join(dir, 'analyst'), { laCodes: 'all' });
    try {
      for (const view of ANALYST_VIEWS) {
        const result = await session.query(`SELECT * FROM ${view.name}`);
        expect(result.columns.map((c) => c.name), view.name).toEqual(view.columns.map((c) => c.name));
      }
    } finally {
      session.close();
    }
  });

  it("show an LA's children, episodes, reviews and missing episodes as the history records them", async () => {
    expect(await rows("SELECT la_code, child_id, date_of_birth, upn FROM children ORDER BY child_id")).toEqual([
      ['883', 'A1', '2012-05-17', 'A123456789012'], ['883', 'B2', '2010-01-02', 'UN1'], ['990', 'C3', '2015-03-03', 'UN1'],
    ]);
    // A1 moved once: two episodes, the first ending the day the second began.
    expect(await rows("SELECT child_id, decom, dec, place, home_post, pl_post FROM episodes WHERE child_id = 'A1' ORDER BY decom")).toEqual([
      ['A1', '2024-05-01', '2024-09-01', 'U4', 'CW1 1AA', 'CW12 3BB'], ['A1', '2024-09-01', null, 'U6', 'CW1 1AA', null],
    ]);
    expect(await rows('SELECT child_id, review_date, review_code FROM reviews')).toEqual([['B2', '2024-07-01', 'PN1']]);
    expect(await rows('SELECT child_id, mis_start, mis_end, missing_type FROM missing')).toEqual([['B2', '2024-08-01', '2024-08-03', 'M']]);
  });

  it('show a session only the LAs in its scope, whatever the query names', async () => {
    expect(await rows('SELECT DISTINCT la_code FROM children ORDER BY 1', { laCodes: ['990'] })).toEqual([['990']]);
    await expect(rows('SELECT count(*) FROM la_883_all.children', { laCodes: ['990'] })).rejects.toThrow(/la_883_all/);
    await expect(AnalystSession.open(join(dir, 'analyst'), { laCodes: ['123'] })).rejects.toThrow('no analyst data is published');
  });
});

describe('the SQL sandbox', () => {
  it.each([
    ["SELECT * FROM read_csv('/etc/passwd')", /disabled|Permission/i],
    ["SELECT * FROM read_text('/etc/hostname')", /disabled|Permission/i],
    ["COPY (SELECT 1) TO '/tmp/careledger-escape.csv'", /file system operations are disabled/],
    ["ATTACH '/tmp/careledger-escape.duckdb' AS escape", /SELECT queries only: this is an ATTACH statement/],
    ['INSTALL httpfs', /SELECT queries only/],
    ['LOAD httpfs', /SELECT queries only/],
    ["SET enable_external_access = true", /SELECT queries only: this is a SET statement/],
    ["PRAGMA enable_profiling", /SELECT queries only: this is a PRAGMA statement/],
    ["EXPORT DATABASE '/tmp/careledger-escape'", /file system operations are disabled/],
    ["COPY (SELECT 1) TO 'careledger-escape.csv'", /file system operations are disabled/],
    ['CREATE TABLE kept AS SELECT 1', /SELECT queries only: this is a CREATE statement/],
    ['SELECT 1; SELECT 2', /holds 2 statements: give one SELECT at a time/],
    ["SELECT current_setting('enable_external_access') AS on, * FROM glob('/etc/*')", /disabled|Permission/i],
  ])('refuses %s', async (sql, reason) => {
    await expect(rows(sql)).rejects.toThrow(reason);
    expect(readdirSync('/tmp').filter((f) => f.startsWith('careledger-escape'))).toEqual([]);
  });

  it('stops a query at its time limit and refuses one over its row limit, never cutting it short', async () => {
    const slow = await AnalystSession.open(join(dir, 'analyst'), { laCodes: 'all' }, { timeoutMs: 200, maxRows: 1000 });
    try {
      await expect(slow.query('SELECT count(*) FROM range(100000000000) a')).rejects.toThrow('ran longer than 0.2 s');
      await expect(slow.query('SELECT * FROM range(1001)')).rejects.toThrow('more than 1,000 rows');
      expect((await slow.query('SELECT * FROM range(1000)')).rows).toHaveLength(1000);
    } finally {
      slow.close();
    }
  });
});

describe('pseudonymised data', () => {
  it('has keyed pseudonyms for child ids, the month of birth, the postcode district and no pupil number', async () => {
    const pseudonymised = { laCodes: 'all' as const, pseudonymised: true };
    expect(await rows('SELECT child_id, date_of_birth, upn FROM children ORDER BY date_of_birth', pseudonymised)).toEqual([
      [pseudonymFor(KEY, '883', 'B2'), '2010-01', null], [pseudonymFor(KEY, '883', 'A1'), '2012-05', null], [pseudonymFor(KEY, '990', 'C3'), '2015-03', null],
    ]);
    expect(await rows('SELECT home_post, pl_post FROM episodes WHERE place = \'U4\'', pseudonymised)).toEqual([['CW1', 'CW12']]);
    // The same child has the same pseudonym in every view.
    expect(await rows('SELECT count(*) FROM reviews r JOIN children c USING (child_id)', pseudonymised)).toEqual([['1']]);
  });

  it('keeps pseudonyms stable when published again, and changes them all under another key', async () => {
    const before = await rows('SELECT child_id FROM children ORDER BY 1', { laCodes: 'all', pseudonymised: true });
    const again = join(dir, 'again');
    await publishAnalystData(store.connection, { dir: again, pseudonymKey: KEY });
    const other = join(dir, 'other-key');
    await publishAnalystData(store.connection, { dir: other, pseudonymKey: OTHER_KEY });
    const read = async (at: string) => {
      const session = await AnalystSession.open(at, { laCodes: 'all', pseudonymised: true });
      try { return (await session.query('SELECT child_id FROM children ORDER BY 1')).rows; } finally { session.close(); }
    };
    expect(await read(again)).toEqual(before);
    const underOther = (await read(other)).map((r) => r[0]);
    expect(underOther.filter((id) => before.some((b) => b[0] === id))).toEqual([]);
    expect(underOther).toHaveLength(3);
  });
});

describe('publication', () => {
  it('publishes again only the LAs whose events changed', async () => {
    expect(await publishAnalystData(store.connection, { dir: join(dir, 'analyst'), pseudonymKey: KEY })).toEqual({ published: [], unchanged: ['883', '990'] });
    const late = new ChildHistory('990', 'D4');
    late.details({ dob: '2016-06-06' });
    late.startCare('2024-11-01', { ls: 'C2', place: 'U1' });
    await foldInBatches(store, late.events, 100);
    // A session opened before sees what was published when it opened, and does not hold up the next publication.
    const earlier = await AnalystSession.open(join(dir, 'analyst'), { laCodes: ['990'] });
    try {
      expect(await publishAnalystData(store.connection, { dir: join(dir, 'analyst'), pseudonymKey: KEY })).toEqual({ published: ['990'], unchanged: ['883'] });
      expect((await earlier.query('SELECT count(*) FROM children')).rows).toEqual([['1']]);
    } finally {
      earlier.close();
    }
    expect(await rows('SELECT count(*) FROM children', { laCodes: ['990'] })).toEqual([['2']]);
  });
});
