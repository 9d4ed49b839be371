import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectedDataFolder, runCliResult } from '../../../test/support/cli';

const scratch = mkdtempSync(join(tmpdir(), 'careledger-validate903-'));
const data = join(scratch, 'data');
const AS_AT = '2026-06-01';

beforeAll(async () => {
  await projectedDataFolder(scratch, { children: 20, seed: 11, asAt: AS_AT });
}, 90_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('careledger validate903', () => {
  it('names each failure of files from elsewhere by rule, message, child, table, row and fields, and exits 1', async () => {
    const dir = folder('planted', {
      'header.csv': 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2015,WBRI,A123456789012,,\n2,F,01/01/2016,XXXX,A123456789013,,\n',
      'episodes.csv': 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n1,01/05/2024,S,C2,N1,U1,PR1,,,,,,\n',
    });
    const result = await runCliResult(['validate903', '--files', dir, '--year', '2024-25']);
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { failures: Record<string, unknown>[]; notRun: { rule: string; reason: string }[] };
    expect(report.failures).toContainEqual({
      rule: '103', message: 'The ethnicity code is either not valid or has not been entered.', child: '2', table: 'Header', row: 3, fields: ['ETHNIC'], file: 'header.csv',
    });
    // Nothing about the previous year was given: the rules that need it say so rather than pass.
    expect(report.notRun.some((r) => /previous year/.test(r.reason))).toBe(true);
  }, 60_000);

  it('exits 2 when validation cannot run: no --year, or a return without its Episodes', async () => {
    const noYear = await runCliResult(['validate903', '--files', scratch]);
    expect(noYear.code).toBe(2);
    expect(noYear.stderr).toContain('validation could not run: --year is required');
    const dir = folder('no-episodes', { 'header.csv': 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2015,WBRI,,,\n' });
    const noEpisodes = await runCliResult(['validate903', '--files', dir, '--year', '2024-25']);
    expect(noEpisodes.code).toBe(2);
    expect(noEpisodes.stderr).toContain('episodes.csv is missing: no file holds Episodes');
  }, 60_000);

  it("validates careledger's own return as HTML, and the projector's continuous issues are listed by careledger validation", async () => {
    const out = join(scratch, 'validation.html');
    const own = await runCliResult(['validate903', '--data', data, '--la', '999', '--year', '2025-26', '--format', 'html', '--out', out]);
    expect([0, 1], own.stderr).toContain(own.code);
    expect(own.stdout).toMatch(/careledger validate903: 2025-26, LA 999: \d+ rules run/);
    expect(readFileSync(out, 'utf8')).toContain('<h1>SSDA903 validation, 2025-26, LA 999</h1>');
    const listed = await runCliResult(['validation', '--data', data, '--la', '999', '--format', 'json']);
    expect(listed.code, listed.stderr).toBe(0);
    const issues = (JSON.parse(listed.stdout) as { issues: { collectionYear: string; resolvedAt: string | null }[] }).issues;
    // The synthetic history runs to 1 June 2026, so the projector checked 2026-27 (the year of today) if careledger
    // holds its rules; every issue it recorded is that year's and open (nothing has changed since).
    for (const issue of issues) expect(issue.resolvedAt).toBeNull();
  }, 90_000);
});
