import { describe, expect, it } from 'vitest';
import {
  ceasedInYear, collectionYear, continuesOnDec, identifyFile, parseCsv, read903Files, read903Table, TABLES, type EpisodeRow,
} from '../src';

const y2024 = collectionYear(2024);
const y2025 = collectionYear(2025);
const EPISODE_COLUMNS = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const HEADER_COLUMNS = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
/** What the headline figures read (measures' HEADLINE_FIGURE_COLUMNS; ssda903 cannot import measures). */
const FIGURES = {
  header: ['CHILD', 'SEX', 'DOB', 'ETHNIC'],
  episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
  uasc: ['CHILD', 'DUC'],
} as const;
const blankEpisode: EpisodeRow = {
  CHILD: '', DECOM: '', RNE: '', LS: '', CIN: '', PLACE: '', PLACE_PROVIDER: '', DEC: '', REC: '', REASON_PLACE_CHANGE: '',
  HOME_POST: '', PL_POST: '', URN: '',
};
const cell = (column: keyof typeof TABLES.episodes.columns, text: string, year = y2025) => TABLES.episodes.columns[column].read(text, year);

describe('a 903 cell', () => {
  it('reads a date in every unambiguous form case systems export, as a calendar date', () => {
    for (const text of ['01/06/2023', '1/6/2023', ' 1/06/2023 ', '01-06-2023', '1-6-2023', '2023-06-01', '2023-06-01 00:00:00', '01/06/2023 00:00:00', '2023-06-01T00:00:00', '2023-06-01 00:00']) {
      expect(cell('DECOM', text), text).toEqual({ ok: true, value: '2023-06-01' });
    }
    expect(cell('DEC', '')).toEqual({ ok: true, value: '' });
  });

  it('names why a date cannot be read rather than guess it', () => {
    expect(cell('DECOM', '31/02/2024')).toEqual({ ok: false, reason: 'is not a day of the calendar' });
    expect(cell('DECOM', '2024-13-01')).toEqual({ ok: false, reason: 'is not a day of the calendar' });
    expect(cell('DECOM', '06/13/2024')).toEqual({ ok: false, reason: 'is not a day of the calendar' });
    expect(cell('DECOM', '1/6/23')).toEqual({ ok: false, reason: 'has a two-digit year' });
    expect(cell('DECOM', '2024-05-31 23:00:00')).toEqual({ ok: false, reason: 'has a time of day other than midnight, so its calendar date depends on a time zone' });
    expect(cell('DECOM', '2024-06-01T00:00:00Z')).toEqual({ ok: false, reason: 'is an instant in UTC, so its calendar date depends on a time zone' });
    expect(cell('DECOM', '1 June 2024')).toEqual({ ok: false, reason: 'is not a date (the 903 uses DD/MM/YYYY)' });
    expect(cell('DECOM', '45444')).toMatchObject({ ok: false });
  });

  it('reads a code trimmed, upper-case and in the year\'s coding, and names one outside the year\'s list', () => {
    expect(cell('LS', 'v2')).toEqual({ ok: true, value: 'V2' });
    expect(cell('REC', ' e11 ')).toEqual({ ok: true, value: 'E11' });
    expect(cell('REC', 'x1')).toEqual({ ok: true, value: 'X1' });
    expect(cell('RNE', 's')).toEqual({ ok: true, value: 'S' });
    expect(cell('LS', 'ZZ')).toEqual({ ok: false, reason: "is not a code of 2024-25's list (C1, C2, D1, E1, V2, V3, V4, L1, L2, L3, J1, J2, J3)" });
    expect(cell('RNE', 'X')).toMatchObject({ ok: false });
    expect(TABLES.header.columns.SEX.read('1', y2025)).toEqual({ ok: true, value: 'M' });
    expect(TABLES.header.columns.SEX.read('f', y2024)).toEqual({ ok: true, value: '2' });
  });
});

describe('a 903 CSV', () => {
  it('is read by RFC 4180: BOM, CRLF, quoted cells with commas, quotes and line breaks, each record at its first line', () => {
    expect(parseCsv('\uFEFFA,B\r\n"1,2","say ""hi""\r\nbye"\r\n3,4')).toEqual({
      records: [{ line: 1, cells: ['A', 'B'] }, { line: 2, cells: ['1,2', 'say "hi"\nbye'] }, { line: 4, cells: ['3', '4'] }],
    });
    expect(parseCsv('A\n"open\n\n')).toEqual({ records: [{ line: 1, cells: ['A'] }], unclosedQuoteAt: 2 });
  });
});

describe('reading one table', () => {
  // Worked by hand: rows A (line 2, its PL_POST spanning lines 2-3), B (line 4) and G (line 10) read whole; line 5 is
  // only commas; C, D, E and F each have a cell or shape that cannot be read, every one named.
  const text = [
    `\uFEFF${EPISODE_COLUMNS.toLowerCase()}`,
    'A,1/6/2023,s,v2,n1,u6,pr1,2024-06-01 00:00:00,e11,,"AB1, 2CD","line one',
    'line two",SC1',
    ' B , 01-04-2024 ,S,C2,N1,H5,PR4,,,,,,',
    ',,,,,,,,,,,,',
    'C,31/02/2024,S,ZZ,N1,U4,PR1,,,,,,',
    'D,1/6/23,S,C1,N1,U4,PR1,2024-13-01,E3,,,,',
    'E,2024-05-01T09:30:00,S,C1,N1,U4,PR1,,,,,,',
    'F,01/05/2024,S,C1,N1,U4,PR1,,,,,,,,x',
    'G,01/05/2024,S,C1,N1,U4,PR1,,,,,,,',
  ].join('\r\n');

  it('keeps every row it can read whole, normalised, and names every cell it cannot', () => {
    const reading = read903Table('episodes', text, y2025, 'in/episodes.csv');
    expect(reading.rows).toEqual([
      { CHILD: 'A', DECOM: '2023-06-01', RNE: 'S', LS: 'V2', CIN: 'N1', PLACE: 'U6', PLACE_PROVIDER: 'PR1', DEC: '2024-06-01', REC: 'E11', REASON_PLACE_CHANGE: '', HOME_POST: 'AB1, 2CD', PL_POST: 'line one\nline two', URN: 'SC1' },
      // H5 is reported as K3 from 2024-25 (rule 503D)
      { ...blankEpisode, CHILD: 'B', DECOM: '2024-04-01', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'K3', PLACE_PROVIDER: 'PR4' },
      { ...blankEpisode, CHILD: 'G', DECOM: '2024-05-01', RNE: 'S', LS: 'C1', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1' },
    ]);
    expect(reading.lines).toEqual([2, 4, 10]);
    const at = (line: number | null, column: string | null, value: string, reason: string, severity = 'error') => ({ file: 'in/episodes.csv', line, column, value, reason, severity });
    expect(reading.issues).toEqual([
      at(6, 'DECOM', '31/02/2024', 'is not a day of the calendar'),
      at(6, 'LS', 'ZZ', "is not a code of 2024-25's list (C1, C2, D1, E1, V2, V3, V4, L1, L2, L3, J1, J2, J3)"),
      at(7, 'DECOM', '1/6/23', 'has a two-digit year'),
      at(7, 'DEC', '2024-13-01', 'is not a day of the calendar'),
      at(8, 'DECOM', '2024-05-01T09:30:00', 'has a time of day other than midnight, so its calendar date depends on a time zone'),
      at(9, null, ',x', 'the row has 15 cells but the header 13: an unquoted comma moves every cell after it'),
      at(5, null, '', 'skipped 1 row(s) with no values (line 5)', 'notice'),
    ]);
  });

  it('reads a file lacking columns the caller does not need, as blank, and says so', () => {
    const csv = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE\nA,01/05/2024,S,C1,N9,U4,PR1,,,\n';
    const reading = read903Table('episodes', csv, y2025, 'episodes.csv', FIGURES.episodes);
    expect(reading.rows).toEqual([{ ...blankEpisode, CHILD: 'A', DECOM: '2024-05-01', RNE: 'S', LS: 'C1', PLACE: 'U4', PLACE_PROVIDER: 'PR1' }]);
    expect(reading.issues).toEqual([
      ...['HOME_POST', 'PL_POST', 'URN'].map((column) => ({ file: 'episodes.csv', line: 1, column, value: '', reason: 'the header has no such column: read as blank', severity: 'notice' })),
      { file: 'episodes.csv', line: 2, column: 'CIN', value: 'N9', reason: "is not a code of 2024-25's list (N1, N2, N3, N4, N5, N6, N7, N8): read as blank", severity: 'notice' },
    ]);
  });

  it('refuses a file lacking a column the caller needs, naming file and column, and reads none of its rows', () => {
    const reading = read903Table('episodes', 'CHILD,RNE,LS,PLACE,DEC,REC,DEC\nA,S,C1,U4,,,\n', y2025, 'episodes.csv', FIGURES.episodes);
    expect(reading.rows).toEqual([]);
    expect(reading.issues.filter((i) => i.severity === 'error')).toEqual([
      { file: 'episodes.csv', line: 1, column: 'DECOM', value: '', reason: 'the header has no such column', severity: 'error' },
      { file: 'episodes.csv', line: 1, column: 'DEC', value: '', reason: 'the header has this column 2 times, so which one is meant is a guess', severity: 'error' },
    ]);
  });

  it('names a blank cell the 903 never leaves blank (a blank DECOM would be an episode open for ever)', () => {
    const reading = read903Table('episodes', `${EPISODE_COLUMNS}\nA, ,S,C1,N1,U4,PR1,,,,,,\nB,01/05/2024,S,C1,,U4,,,,,,,\n`, y2025, 'e.csv', FIGURES.episodes);
    expect(reading.rows.map((r) => r.CHILD)).toEqual(['B']);
    expect(reading.issues).toEqual([{ file: 'e.csv', line: 2, column: 'DECOM', value: ' ', reason: 'is blank, and the 903 never leaves it blank', severity: 'error' }]);
  });

  it('follows the year\'s code list: Z11 is not a 2023-24 placement, K3 is read as 2023-24 codes it (H5), 1 and 2 are 2024-25 sexes read as M and F', () => {
    const csv = `${EPISODE_COLUMNS}\nA,01/05/2023,S,C1,N1,Z11,PR1,,,,,,\nB,01/11/2023,S,C1,N1,K3,PR1,,,,,,\n`;
    const read = read903Table('episodes', csv, y2024, 'e.csv');
    expect(read.issues).toEqual([
      expect.objectContaining({ line: 2, column: 'PLACE', value: 'Z11', reason: expect.stringContaining("is not a code of 2023-24's list (A3, A4, A5, A6, H5,") }),
    ]);
    expect(read.rows.map((r) => r.PLACE)).toEqual(['H5']);
    expect(read903Table('header', `${HEADER_COLUMNS}\nA,1,15/06/2010,wbri,,,\nB,2,15/06/2011,WBRI,,,\n`, y2025, 'h.csv').rows.map((r) => [r.SEX, r.ETHNIC]))
      .toEqual([['M', 'WBRI'], ['F', 'WBRI']]);
  });
});

describe('a 903 file\'s table', () => {
  it('is told by its columns, or its name in any case or inside a longer name', () => {
    expect(identifyFile('export.csv', EPISODE_COLUMNS.split(','), y2025)).toEqual({ kind: 'table', table: 'episodes', by: 'columns' });
    expect(identifyFile('in/Header.csv', ['CHILD', 'DOB'], y2025)).toEqual({ kind: 'table', table: 'header', by: 'name' });
    expect(identifyFile('EPISODES.CSV', [], y2025)).toEqual({ kind: 'table', table: 'episodes', by: 'name' });
    expect(identifyFile('903_episodes_2024.csv', ['CHILD'], y2025)).toEqual({ kind: 'table', table: 'episodes', by: 'name' });
    expect(identifyFile('Episodes2024.csv', ['CHILD'], y2025)).toEqual({ kind: 'table', table: 'episodes', by: 'name' });
    expect(identifyFile('myepisodes.csv', ['CHILD'], y2025)).toEqual({ kind: 'unknown' });
  });

  it('is chosen by name among the tables whose columns a file holds, else ambiguous', () => {
    const both = [...HEADER_COLUMNS.split(','), 'DUC'];
    expect(identifyFile('uasc.csv', both, y2025)).toEqual({ kind: 'table', table: 'uasc', by: 'columns' });
    expect(identifyFile('children.csv', both, y2025)).toEqual({ kind: 'ambiguous', tables: ['header', 'uasc'] });
    expect(identifyFile('episodes_missing.csv', ['CHILD'], y2025)).toEqual({ kind: 'ambiguous', tables: ['episodes', 'missing'] });
  });
});

describe('reading a 903 folder\'s files', () => {
  const header = { name: 'in/Header.csv', text: `${HEADER_COLUMNS}\nA,F,15/06/2010,WBRI,,,\n` };
  const episodes = { name: 'in/903_episodes_2024.csv', text: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE\nA,01/05/2024,S,C1,N1,U4,PR1,,,\n' };

  it('tells each file\'s table, reads what the caller needs, and names files it cannot place', () => {
    const reading = read903Files([
      header, episodes,
      { name: 'in/asylum.csv', text: 'CHILD,DOB,SEX,DUC\nA,15/06/2010,F,\n' },
      { name: 'in/notes.csv', text: 'anything\n' },
    ], y2025, { needed: FIGURES });
    expect(reading.files).toEqual({ header: 'in/Header.csv', episodes: 'in/903_episodes_2024.csv', uasc: 'in/asylum.csv' });
    expect(reading.tables.header).toEqual([{ CHILD: 'A', SEX: 'F', DOB: '2010-06-15', ETHNIC: 'WBRI', UPN: '', MOTHER: '', MC_DOB: '' }]);
    expect(reading.tables.episodes).toHaveLength(1);
    expect(reading.tables.uasc).toEqual([{ CHILD: 'A', DOB: '2010-06-15', SEX: 'F', DUC: '' }]);
    expect(reading.origins.episodes).toEqual([{ file: 'in/903_episodes_2024.csv', line: 2 }]);
    expect(reading.issues.every((i) => i.severity === 'notice')).toBe(true);
    expect(reading.issues.map((i) => [i.file, i.column])).toEqual([
      ['in/notes.csv', null],
      ['in/903_episodes_2024.csv', 'HOME_POST'], ['in/903_episodes_2024.csv', 'PL_POST'], ['in/903_episodes_2024.csv', 'URN'],
    ]);
  });

  it('refuses two files of one table, a file that could be either of two, and a folder without header or episodes', () => {
    const reading = read903Files([
      { ...episodes, name: 'EPISODES.CSV' }, { ...episodes, name: 'episodes.csv' },
      { name: 'children.csv', text: `${HEADER_COLUMNS},DUC\n` },
    ], y2025, { needed: FIGURES });
    expect(reading.tables.episodes).toEqual([]);
    expect(reading.issues).toEqual([
      { file: 'children.csv', line: null, column: null, value: '', reason: 'could be any of Header, UASC by its columns and name, so it is not read', severity: 'error' },
      { file: 'header.csv', line: null, column: null, value: '', reason: 'is not in the folder: no file holds Header, which every 903 folder has', severity: 'error' },
      ...['EPISODES.CSV', 'episodes.csv'].map((file) => ({ file, line: null, column: null, value: '', reason: 'is one of 2 files of Episodes (EPISODES.CSV, episodes.csv), so none of them is read', severity: 'error' })),
    ]);
  });

  it('needs every column of every table unless told otherwise (an importer keeps only whole rows)', () => {
    const reading = read903Files([header, episodes], y2025);
    expect(reading.tables.episodes).toEqual([]);
    expect(reading.issues.filter((i) => i.severity === 'error').map((i) => i.column)).toEqual(['HOME_POST', 'PL_POST', 'URN']);
  });
});

describe('a DEC with a blank REC (DfE rule 148)', () => {
  // A left care on 1 June 2024 with no REC and no later episode: a cease. B's episode ended 1 July 2024 with no REC
  // but B's next episode starts that day: a change of episode. C ended with E11: a cease. X1 is never a cease.
  const episodes = [
    { CHILD: 'A', DECOM: '2024-04-10', DEC: '2024-06-01', REC: '' },
    { CHILD: 'B', DECOM: '2024-04-10', DEC: '2024-07-01', REC: '' },
    { CHILD: 'B', DECOM: '2024-07-01', DEC: '', REC: '' },
    { CHILD: 'C', DECOM: '2024-04-10', DEC: '2024-08-01', REC: 'E11' },
    { CHILD: 'D', DECOM: '2024-04-10', DEC: '2024-08-01', REC: 'X1' },
    { CHILD: 'E', DECOM: '2024-09-01', DEC: '2024-09-01', REC: '' },
  ];

  it('is a cease unless another of the child\'s episodes starts on that DEC', () => {
    const continued = continuesOnDec(episodes);
    expect(episodes.map((e) => continued(e))).toEqual([false, true, false, false, false, false]);
    expect(episodes.map((e) => ceasedInYear(e, y2025, continued(e)))).toEqual([true, false, false, true, false, true]);
  });
});
