import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODE } from '@careledger/runtime';
import { TABLES, TABLE_NAMES, collectionYear, emptyTables, toXml } from '@careledger/ssda903';
import { parseCsvTables } from '@careledger/import903';
import { runCliResult } from '../../../test/support/cli';
import { LA, YEAR_2024, YEAR_2025, type YearTexts } from '../../../packages/import903/test/fixtures';

// import903 two consecutive years into a fresh data folder, then the later year's return from the projections.
const scratch = mkdtempSync(join(tmpdir(), 'careledger-cli-import903-'));
const data = join(scratch, 'data');

function folder(endYear: number, texts: YearTexts): string {
  const dir = join(scratch, `y${endYear}`);
  mkdirSync(dir, { recursive: true });
  for (const [table, text] of Object.entries(texts)) writeFileSync(join(dir, `${table}.csv`), `${text}\n`);
  return dir;
}

let y2024: string;
let y2025: string;
beforeAll(() => {
  y2024 = folder(2024, YEAR_2024);
  y2025 = folder(2025, YEAR_2025);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const importYear = (endYear: number, dir: string) => runCliResult(['import903', '--data', data, '--la', LA, '--year', String(endYear), dir]);
const sortedLines = (text: string) => text.trim().split('\n').slice(1).sort();

describe('careledger import903', () => {
  it('imports two years, changes nothing on a second import, and returns the later year\'s episodes as it stated them', async () => {
    const first = await importYear(2024, y2024);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('LA 990, 2023-24 return (import903:2024): 8 rows, 8 facts: 8 appended, 0 already imported');

    // C's episode and A's impossible review date are refused (exit 2); the rest of those files is imported.
    const second = await importYear(2025, y2025);
    expect(second.code, second.stdout).toBe(EXIT_CODE.invalid);
    expect(second.stdout).toContain('6 appended, 1 already imported, 1 replaced and 0 withdrawn by this later return, 2 refused');
    expect(second.stdout).toContain("child B episode:2024-01-10 CIN: 2024 return 'N8', 2025 return 'N4' (replaced from");
    expect(second.stdout).toContain(`${join(y2025, 'episodes.csv')} line 5: CHILD: child C is not in the return's Header`);
    expect(second.stdout).toContain(`${join(y2025, 'reviews.csv')} line 3: REVIEW: REVIEW '31/02/2025' is not a day of the calendar`);

    const again = await importYear(2025, y2025);
    expect(again.stdout).toContain('0 appended, 8 already imported, 0 replaced and 0 withdrawn');

    const projected = await runCliResult(['project', '--data', data]);
    expect(projected.code, projected.stderr).toBe(0);
    const out = join(scratch, 'out');
    const returned = await runCliResult(['returns', '--data', data, '--la', LA, '--year', '2025', '--as-at', '2025-06-30', '--out', out]);
    expect(returned.code, returned.stderr).toBe(0);
    const episodes = readFileSync(join(out, 'returns', '2025', 'ssda903', 'episodes.csv'), 'utf8');
    expect(episodes.split('\n')[0]).toBe(YEAR_2025.episodes.split('\n')[0]);
    expect(sortedLines(episodes)).toEqual(sortedLines(YEAR_2025.episodes).filter((line) => !line.startsWith('C,')));
  }, 120_000);

  it('keeps a later return\'s fact that waits for an earlier one, across processes, and records it when that one comes', async () => {
    // L left care in 2023-24 (looked after from 15 to 16); only the 2024-25 return has the contact at her 17th birthday.
    const waitData = join(scratch, 'waiting-data');
    const dir = (name: string, files: Record<string, string>) => {
      const at = join(scratch, name);
      mkdirSync(at, { recursive: true });
      for (const [file, text] of Object.entries(files)) writeFileSync(join(at, file), text);
      return at;
    };
    const earlier = dir('leaver-2024', {
      'header.csv': 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nL,2,01/06/2007,WBRI,A12345678901A,0,\n',
      'episodes.csv': 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nL,01/05/2022,S,C2,N1,U4,PR1,01/12/2023,E4A,,,,\n',
    });
    const later = dir('leaver-2025', {
      'header.csv': 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nL,F,01/06/2007,WBRI,A12345678901A,0,\n',
      'oc3.csv': 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nL,01/06/2007,YES,F2,U1\n',
    });
    const first = await runCliResult(['import903', '--data', waitData, '--la', LA, '--year', '2025', later]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain("1 fact of this LA's returns wait for an earlier return");
    const second = await runCliResult(['import903', '--data', waitData, '--la', LA, '--year', '2024', earlier]);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toContain('1 fact of later returns, waiting for this one, now recorded');
    expect(second.stdout).not.toContain('wait for an earlier return');
    expect((await runCliResult(['project', '--data', waitData])).code).toBe(0);
    const out = join(scratch, 'leaver-out');
    const returned = await runCliResult(['returns', '--data', waitData, '--la', LA, '--year', '2025', '--as-at', '2025-06-30', '--out', out]);
    expect(returned.code, returned.stderr).toBe(0);
    expect(readFileSync(join(out, 'returns', '2025', 'ssda903', 'oc3.csv'), 'utf8')).toBe('CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nL,01/06/2007,YES,F2,U1\n');
  }, 120_000);

  it('imports the DfE XML file as it imports the CSVs, naming a child it cannot read', async () => {
    const xmlData = join(scratch, 'xml-data');
    const year = collectionYear(2024);
    const tables = emptyTables();
    const read = parseCsvTables(Object.fromEntries(Object.entries(YEAR_2024).map(([t, text]) => [t, { file: `${t}.csv`, text }])) as never, year);
    for (const table of TABLE_NAMES) {
      const dfe = read.tables[TABLES[table].dfeName];
      if (dfe) (tables as unknown as Record<string, unknown[]>)[table] = dfe.rows.map((r) => r.cells);
    }
    const broken = toXml(tables, year).replace(/<DOB>\d\d\/\d\d\/\d{4}<\/DOB>/, '<DOB>31/02/2012</DOB>');
    const xml = join(scratch, 'return.xml');
    writeFileSync(xml, broken);
    const result = await runCliResult(['import903', '--data', xmlData, '--la', LA, '--year', '2024', xml]);
    expect(result.code, result.stderr).toBe(EXIT_CODE.invalid);
    expect(result.stdout, result.stdout).toMatch(/DOB: CHILD \w+: DOB '31\/02\/2012' is not a day of the calendar/);
    const clean = join(scratch, 'clean.xml');
    writeFileSync(clean, toXml(tables, year));
    const imported = await runCliResult(['import903', '--data', join(scratch, 'xml-clean'), '--la', LA, '--year', '2024', clean]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('8 facts: 8 appended, 0 already imported');
  }, 60_000);
});
