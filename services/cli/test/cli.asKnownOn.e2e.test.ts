import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODE } from '@careledger/runtime';
import { ChildHistory } from '@careledger/events/testing';
import { returnFiles, runCliResult, STACK_LINE } from '../../../test/support/cli';

/**
 * Issue 7 defect 2 (failed on main, which had no --as-known-on): `careledger returns --as-known-on` reproduces the
 * return as it could have been run then. By hand, for LA 990 in 2025-26:
 *   A  in care from 1 Apr 2025; ended 15 Jun (recorded 16 Jun); the end retracted on 3 Jul
 *   C  in care from 20 Jun, recorded 5 Jul
 * As known on 30 June (the end of that day in London): A only, ceased 15 Jun (E4A): 1 during the year, 1 ceased.
 * As at 30 June alone: A (open) and C: 2 during the year, none ceased.
 */
const scratch = mkdtempSync(join(tmpdir(), 'careledger-cli-known-on-'));
const data = join(scratch, 'data');

beforeAll(async () => {
  const a = new ChildHistory('990', 'A');
  a.details({ sex: 'F', dob: '2012-03-03', ethnicity: 'WBRI' }, '2025-04-01');
  a.startCare('2025-04-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  const ended = a.endCare('2025-06-15', 'E4A', '2025-06-16');
  a.retract(ended, '2025-07-03');
  const c = new ChildHistory('990', 'C');
  c.details({ sex: 'M', dob: '2015-05-05', ethnicity: 'WBRI' }, '2025-06-20');
  c.startCare('2025-06-20', { ls: 'C2', cin: 'N1', place: 'U4' }, '2025-07-05');
  const file = join(scratch, 'events.ndjson');
  writeFileSync(file, [...a.events, ...c.events].map((e) => `${JSON.stringify(e)}\n`).join(''));
  const ingested = await runCliResult(['ingest', file, '--data', data]);
  expect(ingested.code, ingested.stdout + ingested.stderr).toBe(0);
  const projected = await runCliResult(['project', '--data', data]);
  expect(projected.code, projected.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const figure = (files: Record<string, string>, id: string) => (JSON.parse(files['figures.json']!) as { figures: { id: string; value: number }[] }).figures.find((f) => f.id === id)?.value;

describe('careledger returns --as-known-on', () => {
  it('holds only what had been recorded by then; --as-at defaults to that date', async () => {
    const known = await runCliResult(['returns', '--la', '990', '--year', '2026', '--as-known-on', '2025-06-30', '--data', data, '--out', join(scratch, 'known')]);
    expect(known.code, known.stderr).toBe(0);
    expect(known.stdout).toContain('as at 2025-06-30, as known on 2025-06-30T23:59:59.999999+01:00');
    const files = returnFiles(join(scratch, 'known'), 2026);
    expect(JSON.parse(files['figures.json']!)).toMatchObject({ asAt: '2025-06-30', asKnownOn: '2025-06-30T23:59:59.999999+01:00' });
    expect(figure(files, 'cla_during_year')).toBe(1);
    expect(figure(files, 'ceased_in_year')).toBe(1);
    expect(files['ssda903/episodes.csv']).toBe('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nA,01/04/2025,S,C1,N1,U6,,15/06/2025,E4A,,,,\n');

    const asAt = await runCliResult(['returns', '--la', '990', '--year', '2026', '--as-at', '2025-06-30', '--data', data, '--out', join(scratch, 'as-at')]);
    expect(asAt.code, asAt.stderr).toBe(0);
    const today = returnFiles(join(scratch, 'as-at'), 2026);
    expect(figure(today, 'cla_during_year')).toBe(2);
    expect(figure(today, 'ceased_in_year')).toBe(0);
  }, 60_000);

  it('exports the return as known on an instant too (export903)', async () => {
    const out = join(scratch, 'known-export');
    const exported = await runCliResult(['export903', '--la', '990', '--year', '2026', '--as-known-on', '2025-06-30', '--format', 'csv', '--out', out, '--data', data]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('as at 2025-06-30, as known on 2025-06-30T23:59:59.999999+01:00');
    expect(readFileSync(join(out, 'episodes.csv'), 'utf8')).toBe('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nA,01/04/2025,S,C1,N1,U6,,15/06/2025,E4A,,,,\n');
  }, 60_000);

  it('refuses a value that is neither a date-time with an offset nor a date, in one line', async () => {
    const refused = await runCliResult(['returns', '--la', '990', '--year', '2026', '--as-known-on', '2025-06-30T17:00', '--data', data]);
    expect(refused.code).toBe(EXIT_CODE.invalid);
    expect(refused.stderr).toContain("--as-known-on '2025-06-30T17:00' is not an ISO date-time with an offset");
    expect(refused.stderr).not.toMatch(STACK_LINE);
  }, 60_000);
});
