import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODE } from '@careledger/runtime';
import { ChildHistory } from '@careledger/events/testing';
import { runCliResult, STACK_LINE } from '../../../test/support/cli';

/**
 * LA 990, collection year 2025-26, by hand:
 *   A  F, in care from 1 Apr 2025 (C2, U4)
 *   B  M, in care from 1 May 2025 (V2, U6); that start is recorded as 1 June, corrected on 20 July to 1 May
 *   C  F, starts 10 July 2025 (C1, U6), recorded late on 5 August
 *   D  M, starts 10 August 2025 (C2, U4), recorded that day
 * Children who started in April-July 2025 (2025-04-01..2025-07-31):
 *   as known on 15 July: A (1 Apr), B (1 June, as first recorded) = 2; C is not recorded yet.
 *   as known on 31 August: A, B (1 May now), C = 3: C recorded late; B's correction changes its date, not its
 *   membership; D is outside the period.
 */
const scratch = mkdtempSync(join(tmpdir(), 'careledger-cli-measures-'));
const data = join(scratch, 'data');

beforeAll(async () => {
  const a = new ChildHistory('990', 'A');
  a.details({ sex: 'F', dob: '2012-03-03', ethnicity: 'WBRI' }, '2025-04-01');
  a.startCare('2025-04-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  const b = new ChildHistory('990', 'B');
  b.details({ sex: 'M', dob: '2014-04-04', ethnicity: 'WBRI' }, '2025-05-01');
  const wrong = b.startCare('2025-06-01', { ls: 'V2', cin: 'N1', place: 'U6' });
  b.replace(wrong, '2025-07-20', { type: 'PeriodOfCareStarted', occurredAt: '2025-05-01', payload: { legalStatus: 'V2', categoryOfNeed: 'N1', placementType: 'U6' } });
  const c = new ChildHistory('990', 'C');
  c.details({ sex: 'F', dob: '2016-06-06', ethnicity: 'WBRI' }, '2025-07-10');
  c.startCare('2025-07-10', { ls: 'C1', cin: 'N1', place: 'U6' }, '2025-08-05');
  const d = new ChildHistory('990', 'D');
  d.details({ sex: 'M', dob: '2013-08-08', ethnicity: 'WBRI' }, '2025-08-10');
  d.startCare('2025-08-10', { ls: 'C2', cin: 'N1', place: 'U4' });
  const file = join(scratch, 'events.ndjson');
  writeFileSync(file, [a, b, c, d].flatMap((h) => h.events).map((e) => `${JSON.stringify(e)}\n`).join(''));
  const ingested = await runCliResult(['ingest', file, '--data', data]);
  expect(ingested.code, ingested.stdout + ingested.stderr).toBe(0);
  const projected = await runCliResult(['project', '--data', data]);
  expect(projected.code, projected.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('careledger explain', () => {
  it('lists the children behind a figure, as a table, CSV or JSON, with their ids or pseudonyms', async () => {
    const table = await runCliResult(['explain', 'started_in_period', '--la', '990', '--period', '2025-04-01..2025-07-31', '--data', data]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Children who started to be looked after');
    expect(table.stdout).toContain(': 3');
    const csv = await runCliResult(['explain', 'started_in_period', '--la', '990', '--period', '2025-04-01..2025-07-31', '--format', 'csv', '--data', data]);
    expect(csv.stdout.split('\n').slice(0, 4)).toEqual([
      'child_id,in_numerator,in_denominator,started_on,ls,cin,place',
      'A,true,false,2025-04-01,C2,N1,U4',
      'B,true,false,2025-05-01,V2,N1,U6',
      'C,true,false,2025-07-10,C1,N1,U6',
    ]);
    const json = JSON.parse((await runCliResult(['explain', 'started_in_period', '--la', '990', '--period', '2025-04-01..2025-07-31', '--format', 'json', '--pseudonymise', '--data', data])).stdout);
    expect(json).toMatchObject({ laCode: '990', measure: { id: 'started_in_period' }, value: 3, pseudonymised: true });
    const ids = json.children.map((c: { child_id: string }) => c.child_id);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id).toMatch(/^P[0-9a-f]{16}$/);
    // The same pseudonyms the next time: the key is kept in the data folder.
    const again = JSON.parse((await runCliResult(['explain', 'started_in_period', '--la', '990', '--period', '2025-04-01..2025-07-31', '--format', 'json', '--pseudonymise', '--data', data])).stdout);
    expect(again.children.map((c: { child_id: string }) => c.child_id)).toEqual(ids);
  }, 60_000);

  it('takes a point-in-time measure as at the end of the period, and as known on an instant', async () => {
    const known = await runCliResult(['explain', 'cla_at_date', '--la', '990', '--period', '2025-07', '--as-known-on', '2025-07-15', '--format', 'csv', '--data', data]);
    expect(known.code, known.stderr).toBe(0);
    // At 31 July as known on 15 July: A and B (C's start was not recorded yet).
    expect(known.stdout.trim().split('\n').map((l) => l.split(',')[0])).toEqual(['child_id', 'A', 'B']);
  }, 60_000);

  it('refuses an unknown measure or period in one line naming what there is', async () => {
    const unknown = await runCliResult(['explain', 'no_such_measure', '--la', '990', '--period', '2025-26', '--data', data]);
    expect(unknown.code).toBe(EXIT_CODE.invalid);
    expect(unknown.stderr).toContain("no measure 'no_such_measure' in the catalogue: one of cla_at_date");
    const period = await runCliResult(['explain', 'cla_at_date', '--la', '990', '--period', 'last month', '--data', data]);
    expect(period.code).toBe(EXIT_CODE.invalid);
    expect(period.stderr).toContain("--period: 'last month' is not a period");
    expect(period.stderr).not.toMatch(STACK_LINE);
  }, 60_000);
});

describe('careledger diff', () => {
  it('names the children whose rows changed between two reports and the events that did it', async () => {
    const diff = await runCliResult(['diff', 'started_in_period', '--la', '990', '--period', '2025-04-01..2025-07-31', '--as-known-on', '2025-07-15', '2025-08-31', '--format', 'json', '--data', data]);
    expect(diff.code, diff.stderr).toBe(0);
    const change = JSON.parse(diff.stdout);
    expect(change).toMatchObject({ before: { value: 2 }, after: { value: 3 } });
    expect(change.children.map((c: { childId: string; changes: string[]; events: { cause: string; type: string }[] }) => [c.childId, c.changes, c.events.map((e) => [e.cause, e.type])])).toEqual([
      ['B', ['detailsChanged'], [['correction', 'EventReplaced (PeriodOfCareStarted)']]],
      ['C', ['added', 'enteredNumerator'], [['lateRecorded', 'PeriodOfCareStarted']]],
    ]);
    const table = await runCliResult(['diff', 'started_in_period', '--la', '990', '--period', '2025-04-01..2025-07-31', '--as-known-on', '2025-07-15', '2025-08-31', '--data', data]);
    expect(table.stdout).toContain('2 children changed: 1 by corrections, 1 by late records, 0 by new activity');
    expect(table.stdout).toMatch(/C\s+now counted, into the numerator\s+recorded late: PeriodOfCareStarted of 2025-07-10/);
  }, 60_000);

  it('wants exactly two instants', async () => {
    const one = await runCliResult(['diff', 'started_in_period', '--la', '990', '--period', '2025-26', '--as-known-on', '2025-07-15', '--data', data]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('--as-known-on takes the two reports');
  }, 60_000);
});

describe('careledger figures --data', () => {
  it('writes every catalogue measure by month, as JSON or CSV', async () => {
    const json = await runCliResult(['figures', '--data', data, '--la', '990', '--year', '2026', '--period', 'month', '--no-suppress']);
    expect(json.code, json.stderr).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(document).toMatchObject({ laCode: '990', collectionYear: '2025-26', asAt: '2026-03-31', suppressed: false });
    const values = (id: string) => document.figures.filter((f: { id: string }) => f.id === id).map((f: { value: number }) => f.value);
    // At each month end: A from April; B from 1 May (as corrected); C from 10 July; D from 10 August.
    expect(values('cla_at_date')).toEqual([1, 2, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4]);
    // Starts: April A, May B, July C, August D.
    expect(values('started_in_period')).toEqual([1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(document.figures.every((f: { grain: string }) => f.grain === 'month')).toBe(true);
    const april = document.figures.find((f: { id: string }) => f.id === 'cla_at_date');
    expect(april).toMatchObject({
      reportingPeriod: { label: 'April 2025' }, period: { kind: 'asAt', end: '2025-04-30' }, previous: { value: 0 }, definition: expect.stringContaining('short breaks'),
      comparators: { england: { geography: 'England' } }, rag: { status: 'notRated' },
    });

    // Published (the default): counts of 1 to 5 are shown as c, as DfE does.
    const published = JSON.parse((await runCliResult(['figures', '--data', data, '--la', '990', '--year', '2026', '--period', 'month'])).stdout);
    expect(published.suppressed).toBe(true);
    expect(published.figures.filter((f: { id: string }) => f.id === 'cla_at_date').map((f: { value: unknown }) => f.value)).toEqual(Array(12).fill('c'));
    const csv = await runCliResult(['figures', '--data', data, '--la', '990', '--year', '2026', '--period', 'quarter', '--format', 'csv', '--as-known-on', '2025-07-15', '--no-suppress']);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id,title,grain,period,period_start,period_end,measured_over,aggregate,value,/);
    // As known on 15 July 2025, the as-at date is that day: only Q1 has ended; at 30 June A and B (as first recorded, 1 June).
    const q1 = lines.find((l) => l.startsWith('cla_at_date,'))!;
    expect(q1).toContain(',quarter,2025-26 Q1,2025-04-01,2025-06-30,at 2025-06-30,pooled,2,');
    expect(lines.filter((l) => l.startsWith('cla_at_date,'))).toHaveLength(1);
  }, 60_000);

  it("rates each figure against the council's targets, and refuses a targets file naming a measure it does not have", async () => {
    const targets = join(scratch, 'targets.json');
    // cla_at_date is neutral: a range, green inside. At 30 June: A and B = 2, inside 1-3; at 30 September: 4, outside.
    writeFileSync(targets, JSON.stringify({ targets: { cla_at_date: { range: { low: 1, high: 3 } } } }));
    const rated = JSON.parse((await runCliResult(['figures', '--data', data, '--la', '990', '--year', '2026', '--period', 'quarter', '--no-suppress', '--targets', targets])).stdout);
    const cla = rated.figures.filter((f: { id: string }) => f.id === 'cla_at_date');
    expect(cla.map((f: { value: number; rag: { status: string } }) => [f.value, f.rag.status])).toEqual([[2, 'green'], [4, 'red'], [4, 'red'], [4, 'red']]);
    writeFileSync(targets, JSON.stringify({ targets: { no_such_measure: { target: 3 } } }));
    const refused = await runCliResult(['figures', '--data', data, '--la', '990', '--year', '2026', '--targets', targets]);
    expect(refused.code).toBe(EXIT_CODE.invalid);
    expect(refused.stderr).toContain('no_such_measure');
    expect(refused.stderr).not.toMatch(STACK_LINE);
  }, 60_000);
});

describe('careledger figures with the reference files', () => {
  it('places children by the postcode lookup given with --postcode-lookup, and says when no lookup was given', async () => {
    const { placementsLa, lookupFile, PLACEMENTS_LA } = await import('../../../packages/measures/test/catalogue/placementsLa');
    const placed = join(scratch, 'placed');
    const file = join(scratch, 'placements.ndjson');
    writeFileSync(file, placementsLa().map((e) => `${JSON.stringify(e)}\n`).join(''));
    expect((await runCliResult(['ingest', file, '--data', placed])).code).toBe(0);
    expect((await runCliResult(['project', '--data', placed])).code).toBe(0);
    const run = async (extra: string[]) => JSON.parse((await runCliResult(['figures', '--data', placed, '--la', PLACEMENTS_LA, '--year', '2025', '--period', 'year', '--no-suppress', ...extra])).stdout);
    const outside = (document: { figures: { id: string; value: unknown; note?: string }[] }) => document.figures.find((f) => f.id === 'placed_outside_la_percent')!;
    // packages/measures/test/catalogue/placementsLocation.test.ts works the figure out: 3 of the 8 placed = 38%.
    expect(outside(await run(['--postcode-lookup', lookupFile]))).toMatchObject({ value: 38, numerator: 3, denominator: 8 });
    const without = outside(await run([]));
    expect(without.value).toBeNull();
    expect(without.note).toMatch(/postcode lookup/i);
  }, 90_000);
});
