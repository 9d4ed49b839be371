import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { collectionYear, emptyTables, formatSsda903Files, tablesInYear, TABLES, type Ssda903Tables } from '@careledger/ssda903';
import { failuresByRule, readReturnFiles, returnFromTables, validateReturn, type ReturnAsWritten } from '../src';
import { derivePostcodeColumns, loadValidationTables } from '../src/loadValidationTables';
import { loadReferenceFiles } from '../src/referenceData';

const YEAR = collectionYear(2025);
const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n';
const EPISODES = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';

describe('a return read as written', () => {
  it('identifies CSV tables by their columns whatever the files are called, and keeps every row as written, on its line', () => {
    const read = readReturnFiles([
      { name: 'children-export.csv', text: `${HEADER}1,M,31/02/2015,WBRI,,,\n,,,,,,\n2,f,2015-01-01,WBRI,,,\n` },
      { name: 'eps.csv', text: `${EPISODES}1,01/04/2024,S,C2,N1,U1,PR1,,,,CW1 1AA,CW2 2BB,\n` },
      { name: 'notes.csv', text: 'WHAT,EVER\n1,2\n' },
    ], YEAR);
    expect(read.tables.header?.file).toBe('children-export.csv');
    // An impossible date and an ISO date are kept for the rules to name; the line of commas is skipped.
    expect(read.tables.header?.rows.map((r) => [r.row, r.cells.DOB, r.cells.SEX])).toEqual([[2, '31/02/2015', 'M'], [4, '2015-01-01', 'f']]);
    expect(read.tables.episodes?.rows).toHaveLength(1);
    expect(read.problems).toEqual([{ file: 'notes.csv', line: null, reason: 'is no 903 table (neither its name nor its columns say which), so it is not read', severity: 'notice' }]);
  });

  it('names a return without Episodes, and two files of one table, as errors', () => {
    const read = readReturnFiles([{ name: 'header.csv', text: HEADER }, { name: 'header2.csv', text: HEADER }], YEAR);
    expect(read.problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.reason}`)).toEqual([
      'header.csv is one of 2 files of Header (header.csv, header2.csv), so none of them is read',
      'header2.csv is one of 2 files of Header (header.csv, header2.csv), so none of them is read',
      'episodes.csv is missing: no file holds Episodes, which every 903 return has',
    ]);
  });

  it('reads an XML return with its dates as the CSVs write them, keeping a child whose CHILDID repeats', () => {
    const child = (id: string, dob: string) => `<CHILD><HEADER><CHILDID>${id}</CHILDID><SEX>M</SEX><DOB>${dob}</DOB><ETHNIC>WBRI</ETHNIC></HEADER>`
      + '<EPISODE><DECOM>2024-04-01</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL></EPISODE></CHILD>';
    const read = readReturnFiles([{ name: 'return.xml', text: `<EXPSSDA903>${child('1', '2015-01-31')}${child('1', 'not a date')}</EXPSSDA903>` }], YEAR);
    expect(read.tables.header?.rows.map((r) => [r.row, r.cells.CHILD, r.cells.DOB])).toEqual([[1, '1', '31/01/2015'], [2, '1', 'not a date']]);
    expect(read.tables.episodes?.rows.map((r) => r.cells.DECOM)).toEqual(['01/04/2024', '01/04/2024']);
  });

  it("reads the Header's UASC flag as an XML HEADER writes it, or from the UASC file for CSV, for rules 105, 205C and 303 to judge", async () => {
    const child = (id: string, flag: string | undefined, duc = '') => `<CHILD><HEADER><CHILDID>${id}</CHILDID><SEX>1</SEX><DOB>2008-01-31</DOB><ETHNIC>WBRI</ETHNIC>`
      + `${flag === undefined ? '' : `<UASC>${flag}</UASC>`}${duc ? `<DUC>${duc}</DUC>` : ''}</HEADER>`
      + '<EPISODE><DECOM>2024-04-01</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL></EPISODE></CHILD>';
    // A: not UASC; B: UASC, ceased; C: a flag of 2; D: no flag; E: a DUC under a flag of 0.
    const xml = readReturnFiles([{ name: 'return.xml', text: `<EXPSSDA903>${child('A', '0')}${child('B', '1', '2025-01-31')}${child('C', '2')}${child('D', undefined)}${child('E', '0', '2025-01-31')}</EXPSSDA903>` }], YEAR);
    expect(xml.problems).toEqual([]);
    expect(xml.tables.header?.rows.map((r) => [r.cells.CHILD, r.cells.UASC])).toEqual([['A', '0'], ['B', '1'], ['C', '2'], ['D', undefined], ['E', '0']]);
    expect(xml.tables.uasc?.rows.map((r) => [r.row, r.cells.CHILD, r.cells.DUC])).toEqual([[1, 'B', '31/01/2025'], [2, 'E', '31/01/2025']]);
    const failures = async (current: ReturnAsWritten) =>
      (await validateReturn({ year: YEAR, current, only: ['105', '303'] })).failures.map((f) => `${f.rule} ${f.table} ${f.row} ${f.child}`);
    expect(await failures(xml)).toEqual(['105 Header 3 C', '105 Header 4 D', '303 Header 5 E', '303 UASC 2 E']);

    const csv = readReturnFiles([
      { name: 'header.csv', text: `${HEADER}A,1,31/01/2008,WBRI,,,\nB,1,31/01/2008,WBRI,,,\n` },
      { name: 'episodes.csv', text: EPISODES },
      { name: 'uasc.csv', text: 'CHILD,SEX,DOB,DUC\nB,1,31/01/2008,31/01/2025\n' },
    ], YEAR);
    expect(csv.tables.header?.rows.map((r) => [r.cells.CHILD, r.cells.UASC])).toEqual([['A', '0'], ['B', '1']]);
    expect(await failures(csv)).toEqual([]);
  });
});

describe("careledger's own return as written", () => {
  it("is what reading back the CSV files it would write gives, each year's tables only (no SWEpisodes before 2023-24)", () => {
    const own: Ssda903Tables = {
      ...emptyTables(),
      header: [
        { CHILD: 'C1', SEX: '1', DOB: '2015-01-31', ETHNIC: 'WBRI', UPN: '', MOTHER: '', MC_DOB: '' },
        { CHILD: 'C2, "the second"', SEX: '2', DOB: '2010-03-31', ETHNIC: 'MWBC', UPN: 'A123456789012', MOTHER: '1', MC_DOB: '2025-01-01' },
      ],
      episodes: [{ CHILD: 'C1', DECOM: '2024-04-01', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U1', PLACE_PROVIDER: 'PR1', DEC: '', REC: '', REASON_PLACE_CHANGE: '', HOME_POST: 'CW1 1AA', PL_POST: 'CW2 2BB', URN: 'XXXXXXX' }],
      uasc: [{ CHILD: 'C2, "the second"', SEX: '2', DOB: '2010-03-31', DUC: '2028-03-31' }],
      swEpisodes: [{ CHILD: 'C1', DOB: '2015-01-31', SW_ID: 'SW1', SW_DECOM: '2024-04-01', SW_DEC: '', SW_REASON: '' }],
    } as Ssda903Tables;
    for (const year of [collectionYear(2024), collectionYear(2025), collectionYear(2026)]) {
      const csv = formatSsda903Files(own, year);
      const readBack = readReturnFiles(tablesInYear(year).map((t) => ({ name: TABLES[t].fileName, text: csv[t] })), year);
      expect(returnFromTables(own, year)).toEqual(readBack);
    }
    expect(returnFromTables(own, collectionYear(2023)).tables.swEpisodes).toBeUndefined();
    expect(returnFromTables(own, collectionYear(2025)).tables.header?.rows.map((r) => [r.row, r.cells.CHILD, r.cells.SEX, r.cells.UASC]))
      .toEqual([[2, 'C1', 'M', '0'], [3, 'C2, "the second"', 'F', '1']]);
  });
});

describe('the postcode columns the DfE derives', () => {
  it('are the grid distance in miles to one decimal, the placement LA as its DfE code, and IN or OUT of the placing LA', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'careledger-postcodes-'));
    const postcodes = join(dir, 'onspd.csv');
    // Home and placement 3 km east and 4 km north apart: 5 km, 5 / 1.6093 = 3.107 miles; Cardiff is 82 km west and
    // 124 km south: 148.66 km, 92.38 miles. E06000049 is Cheshire East (895).
    writeFileSync(postcodes, 'pcds,oslaua,oscty,oseast1m,osnrth1m\nCW1 1AA,E06000049,,400000,300000\nCW2 2BB,E06000049,,403000,304000\nCF10 1AA,W06000015,,318000,176000\n');
    const current: ReturnAsWritten = {
      tables: { episodes: { file: 'episodes.csv', rows: [
        { row: 2, cells: { CHILD: '1', HOME_POST: 'cw1 1aa', PL_POST: 'CW2 2BB' } },
        { row: 3, cells: { CHILD: '2', HOME_POST: 'CW1 1AA', PL_POST: 'CF10 1AA' } },
        { row: 4, cells: { CHILD: '3', HOME_POST: 'CW1 1AA', PL_POST: 'ZZ9 9ZZ' } },
      ] } },
      problems: [],
    };
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await loadValidationTables([connection], { year: YEAR, current, laCode: '895' });
    await loadReferenceFiles(connection, { postcodes });
    await derivePostcodeColumns(connection);
    const rows = (await connection.runAndReadAll('SELECT CHILD, PL_DISTANCE, PL_LA, PL_LOCATION FROM episodes ORDER BY row_no')).getRowsJS();
    expect(rows).toEqual([['1', 3.1, '895', 'IN'], ['2', 92.4, 'WAL', 'OUT'], ['3', null, null, null]]);
    connection.closeSync();
    instance.closeSync();
  });
});

describe('a validation', () => {
  it('lists each rule it could not run, and why, instead of passing it', async () => {
    const current: ReturnAsWritten = { tables: {}, problems: [] };
    const report = await validateReturn({ year: YEAR, current, only: ['164'] });
    expect(report.rulesRun).toBe(0);
    expect(report.notRun).toEqual([expect.objectContaining({ rule: '164', reason: expect.stringMatching(/ONS Postcode Directory/) })]);
  });

  it("judges a care leaver on the LA's earlier episodes when it has them (own returns), on two years when not (rules 1001, 1002)", async () => {
    // C1, 19 on 1 June 2024, was looked after from 1 Jan 2019 (before the 14th birthday) to 1 Jun 2022 (the 17th):
    // over three years after 14, one after 16, all before last year's return began (1 April 2023).
    const current = readReturnFiles([
      { name: 'header.csv', text: `${HEADER}C1,F,01/06/2005,WBRI,,,\nC2,M,01/01/2015,WBRI,,,\n` },
      { name: 'episodes.csv', text: `${EPISODES}C2,01/05/2024,S,C2,N1,U1,PR1,,,,,,\n` },
      { name: 'oc3.csv', text: 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nC1,01/06/2005,YES,F2,B1\n' },
    ], YEAR);
    const previous = readReturnFiles([{ name: 'episodes.csv', text: EPISODES }], collectionYear(2024));
    const rules = async (earlierEpisodes?: { child: string; decom: string; dec: string; ls: string | null; rec: string | null }[]) =>
      (await validateReturn({ year: YEAR, current, previous, only: ['1001', '1002'], ...(earlierEpisodes ? { earlierEpisodes } : {}) })).failures.map((f) => `${f.rule} ${f.table} ${f.row}`);
    expect(await rules()).toEqual(['1001 OC3 2', '1002 OC3 2']);
    expect(await rules([{ child: 'C1', decom: '2019-01-01', dec: '2022-06-01', ls: 'C2', rec: 'E13' }])).toEqual([]);
    // Only short breaks before: looked after, but not as a relevant child (1001 still fails).
    expect(await rules([{ child: 'C1', decom: '2019-01-01', dec: '2022-06-01', ls: 'V3', rec: 'E13' }])).toEqual(['1001 OC3 2']);
  });

  it('counts the failing rows of each rule for the run record', () => {
    const failure = (rule: string, row: number) => ({ rule, message: '', child: 'C1', table: 'Header', row, fields: [], file: null });
    expect(failuresByRule({ failures: [failure('105', 2), failure('303', 2), failure('105', 3)] })).toEqual({ '105': 2, '303': 1 });
    expect(failuresByRule({ failures: [] })).toEqual({});
  });

  it('refuses a reference file that is not there, naming it', async () => {
    await expect(validateReturn({ year: YEAR, current: { tables: {}, problems: [] }, reference: { providers: '/nowhere/providers.csv' } }))
      .rejects.toThrow(/providers reference file \/nowhere\/providers.csv does not exist/);
  });
});
