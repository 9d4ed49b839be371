import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionYear, fromXml, read903Folder, tablesInYear } from '@careledger/ssda903';
import { goldenDigests, outputDigests } from './support/outputDigests';

const root = join(import.meta.dirname, '..');
const AS_AT = '2026-11-30';

function runCli(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', join(root, 'services/cli/src/main.ts'), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, CARELEDGER_LOG_LEVEL: 'warn' },
  });
}

function readCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const columns = head!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i]!, v])));
}

const prefixed = (folder: string, digests: Record<string, string>) => Object.fromEntries(Object.entries(digests).map(([path, digest]) => [`${folder}/${path}`, digest]));

let dir: string;
let stdout: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-demo-'));
  stdout = runCli(['demo', '--out', dir, '--as-at', AS_AT, '--children', '150', '--seed', '7']);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pnpm careledger demo (embedded)', () => {
  it('writes the 903 tables for the latest complete year in DfE column order', () => {
    const csvDir = join(dir, 'returns', '2026', 'ssda903');
    const firstLine = (file: string) => readFileSync(join(csvDir, file), 'utf8').split('\n')[0];
    expect(firstLine('header.csv')).toBe('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB');
    expect(firstLine('episodes.csv')).toBe('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN');
    expect(firstLine('reviews.csv')).toBe('CHILD,DOB,REVIEW,REVIEW_CODE');
    expect(firstLine('missing.csv')).toBe('CHILD,DOB,MISSING,MIS_START,MIS_END');
    expect(firstLine('uasc.csv')).toBe('CHILD,SEX,DOB,DUC');
    const episodes = readCsv(join(csvDir, 'episodes.csv'));
    expect(episodes.length).toBeGreaterThan(100);
    expect(episodes.every((e) => /^\d{2}\/\d{2}\/\d{4}$/.test(e.DECOM!))).toBe(true);
    expect(stdout).toContain('collection year 2025-26');
  });

  it('writes every table of the year with rows, and the same return as the DfE XML file', async () => {
    const year = collectionYear(2026);
    const yearDir = join(dir, 'returns', '2026');
    const reading = await read903Folder(join(yearDir, 'ssda903'), year);
    expect(reading.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    for (const table of tablesInYear(year)) expect(reading.tables[table].length, table).toBeGreaterThan(0);
    expect(fromXml(readFileSync(join(yearDir, 'ssda903.xml'), 'utf8'), year)).toEqual({ tables: reading.tables, issues: [] });
    const issues = JSON.parse(readFileSync(join(yearDir, 'issues.json'), 'utf8'));
    expect(issues).toMatchObject({ laCode: '999', collectionYear: '2025-26' });
  });

  it('reports figures that agree with its own 903 CSVs, counted independently here', () => {
    const csvDir = join(dir, 'returns', '2026', 'ssda903');
    const episodes = readCsv(join(csvDir, 'episodes.csv')).filter((e) => e.LS !== 'V3' && e.LS !== 'V4');
    const iso = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');
    const distinct = (rows: Record<string, string>[]) => new Set(rows.map((r) => r.CHILD)).size;
    const atEnd = distinct(episodes.filter((e) => e.DEC === ''));
    const during = distinct(episodes);
    const started = distinct(episodes.filter((e) => e.RNE === 'S' && iso(e.DECOM!) >= '2025-04-01'));
    const ceased = distinct(episodes.filter((e) => e.DEC !== '' && e.REC !== 'X1'));
    const population = readCsv(join(dir, 'input', 'population.csv')).find((r) => r.time_period === '2025')!;
    const rate = Math.round((atEnd / Number(population.population_estimate)) * 10_000);

    const document = JSON.parse(readFileSync(join(dir, 'returns', '2026', 'figures.json'), 'utf8'));
    expect(document).toMatchObject({ laCode: '999', collectionYear: '2025-26' });
    const value = (id: string) => document.figures.find((f: { id: string }) => f.id === id)?.value;
    expect(value('cla_at_31_march')).toBe(atEnd);
    expect(value('cla_rate_per_10000')).toBe(rate);
    expect(value('cla_during_year')).toBe(during);
    expect(value('started_in_year')).toBe(started);
    expect(value('ceased_in_year')).toBe(ceased);
    // the breakdowns of each figure add up to it
    for (const figure of document.figures.filter((f: { breakdowns?: unknown }) => f.breakdowns)) {
      for (const [dimension, counts] of Object.entries(figure.breakdowns as Record<string, Record<string, number>>)) {
        if (dimension === 'reasonCeased') continue;
        expect(Object.values(counts).reduce((a, b) => a + b, 0), `${figure.id} by ${dimension}`).toBe(figure.value);
      }
    }
  });

  it('writes the measure catalogue beside the 903 files, agreeing with the headline figures', () => {
    const yearDir = join(dir, 'returns', '2026');
    const measures = JSON.parse(readFileSync(join(yearDir, 'measures.json'), 'utf8'));
    expect(measures).toMatchObject({ laCode: '999', collectionYear: '2025-26', asAt: '2026-11-30' });
    const headline = JSON.parse(readFileSync(join(yearDir, 'figures.json'), 'utf8'));
    const value = (id: string) => headline.figures.find((f: { id: string }) => f.id === id)?.value;
    const catalogue = (id: string, grain: string) => measures.figures.find((f: { id: string; grain: string; aggregate: string }) => f.id === id && f.grain === grain && f.aggregate === 'pooled');
    // The same children by two routes: the 903 tables' headline figures and the catalogue's SQL over the projections.
    expect(catalogue('cla_at_date', 'year')).toMatchObject({ value: value('cla_at_31_march'), period: { kind: 'asAt', end: '2026-03-31' }, comparators: { england: { geography: 'England' } } });
    expect(measures.suppressed).toBe(true);
    expect(catalogue('started_in_period', 'year').value).toBe(value('started_in_year'));
    expect(catalogue('ceased_in_period', 'year').value).toBe(value('ceased_in_year'));
    expect(measures.figures.filter((f: { id: string; grain: string }) => f.id === 'cla_at_date' && f.grain === 'month')).toHaveLength(12);
    const csv = readFileSync(join(yearDir, 'measures.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toMatch(/^id,title,grain,period,/);
    expect(csv).toHaveLength(measures.figures.length + 1);
    expect(stdout).toContain('measures.json and measures.csv');
  });

  it('writes byte for byte what it wrote before the speed work, from the same seed (test/golden/demo.json)', () => {
    const written = { ...prefixed('input', outputDigests(join(dir, 'input'))), ...prefixed('returns', outputDigests(join(dir, 'returns'))) };
    expect(Object.keys(written).length).toBeGreaterThan(20);
    expect(written).toEqual(goldenDigests('demo', written));
  });

  it('computes the same figures from the written 903 folder with `careledger figures --from-903`', () => {
    const fromCsv = JSON.parse(runCli(['figures', '--from-903', join(dir, 'returns', '2026', 'ssda903'), '--la', '999', '--year', '2026', '--population', join(dir, 'input', 'population.csv')]));
    const written = JSON.parse(readFileSync(join(dir, 'returns', '2026', 'figures.json'), 'utf8'));
    expect(fromCsv.figures).toEqual(written.figures);
  }, 60_000);

  it('publishes its projections for analysts: careledger sql counts the Episodes rows the 903 CSV holds', () => {
    // The 2025-26 Episodes are those open at some time in the year: the analyst view holds every episode, so the same
    // condition in SQL must give the CSV's count.
    const episodes = readCsv(join(dir, 'returns', '2026', 'ssda903', 'episodes.csv'));
    const out = runCli(['sql', "SELECT count(*) AS n FROM episodes WHERE decom <= DATE '2026-03-31' AND (dec IS NULL OR dec >= DATE '2025-04-01')", '--data', join(dir, 'data'), '--format', 'csv']);
    expect(out).toBe(`n\n${episodes.length}\n`);
  }, 60_000);
});
