import { describe, expect, it } from 'vitest';
import {
  checkCode, codesOf, collectionYear, csvCells, fromCsv, rowForYear, schemaFor, TABLE_FILE_NAMES, TABLE_NAMES, TABLES,
  tableColumns, tableForFileName, toCsv, type EpisodeRow, type HeaderRow,
} from '../src';

const y2024 = collectionYear(2024);
const y2025 = collectionYear(2025);
const y2026 = collectionYear(2026);

const episode: EpisodeRow = {
  CHILD: 'A', DECOM: '2024-03-01', RNE: 'S', LS: 'C1', CIN: 'N1', PLACE: 'H5', PLACE_PROVIDER: 'PR4', DEC: '',
  REC: '', REASON_PLACE_CHANGE: '', HOME_POST: '', PL_POST: '', URN: '',
};
const header: HeaderRow = { CHILD: 'A', SEX: 'F', DOB: '2010-06-15', ETHNIC: 'WBRI', UPN: '', MOTHER: '0', MC_DOB: '' };

describe('the 903 table registry', () => {
  it('names each table as the DfE does, with its file', () => {
    expect(TABLE_NAMES).toEqual(['header', 'episodes', 'reviews', 'uasc', 'oc2', 'oc3', 'ad1', 'placedAdoption', 'prevPerm', 'missing', 'swEpisodes', 'dolo']);
    expect(TABLE_NAMES.map((t) => TABLES[t].dfeName)).toEqual(['Header', 'Episodes', 'Reviews', 'UASC', 'OC2', 'OC3', 'AD1', 'PlacedAdoption', 'PrevPerm', 'Missing', 'SWEpisodes', 'DoLo']);
    expect(TABLE_FILE_NAMES).toEqual({
      header: 'header.csv', episodes: 'episodes.csv', reviews: 'reviews.csv', uasc: 'uasc.csv', oc2: 'oc2.csv', oc3: 'oc3.csv', ad1: 'ad1.csv', placedAdoption: 'placed_for_adoption.csv', prevPerm: 'previous_permanence.csv',
      missing: 'missing.csv', swEpisodes: 'sw_episodes.csv', dolo: 'dolo.csv',
    });
    expect(tableForFileName('uasc.csv')).toBe('uasc');
    expect(tableForFileName('oc2.csv')).toBe('oc2');
    expect(tableForFileName('dolo.csv')).toBe('dolo');
    expect(tableForFileName('dols.csv')).toBeUndefined();
  });

  it('gives every year before, at and after the 2024 schema its column order', () => {
    for (const year of [collectionYear(2020), y2024, y2025, y2026, collectionYear(2030)]) {
      expect(tableColumns('header', year)).toEqual(['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB']);
      expect(tableColumns('episodes', year)).toEqual(['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN']);
      expect(tableColumns('reviews', year)).toEqual(['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE']);
      expect(tableColumns('missing', year)).toEqual(['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END']);
      expect(tableColumns('uasc', year)).toEqual(['CHILD', 'SEX', 'DOB', 'DUC']);
      expect(tableColumns('oc2', year)).toEqual([
        'CHILD', 'DOB', 'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK',
        'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED',
      ]);
      expect(tableColumns('oc3', year)).toEqual(['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM']);
      expect(tableColumns('ad1', year)).toEqual(['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR']);
      expect(tableColumns('placedAdoption', year)).toEqual(['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED']);
      expect(tableColumns('prevPerm', year)).toEqual(['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM']);
      expect(tableColumns('swEpisodes', year)).toEqual(['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON']);
    }
    expect(tableColumns('dolo', collectionYear(2027))).toEqual(['CHILD', 'DOB', 'DOLO_START', 'DOLO_END']);
  });

  it('follows the schema version of the year: the 2025 and 2026 diffs change codes, not columns', () => {
    expect(schemaFor(TABLES.header, y2024).codes?.SEX).toEqual(['1', '2']);
    expect(schemaFor(TABLES.header, y2025).codes?.SEX).toEqual(['M', 'F', 'U']);
    expect(schemaFor(TABLES.uasc, y2026).source).toBe('SSDA903_schema_2025.diff.yml');
    expect(schemaFor(TABLES.episodes, y2025).codes?.PLACE).not.toContain('H5');
    expect(schemaFor(TABLES.episodes, y2026).codes?.PLACE).toEqual(expect.arrayContaining(['Z11', 'Z12', 'Z13', 'Z14']));
    expect(schemaFor(TABLES.episodes, y2025).codes?.PLACE).not.toContain('Z11');
  });

  it('recodes every code valid in a year into that year\'s schema categories', () => {
    for (const year of [y2024, y2025, y2026]) {
      const validOn = (list: 'sex' | 'placementType', code: string) => checkCode(list, code, year.end).ok || checkCode(list, code, year.start).ok;
      const place = schemaFor(TABLES.episodes, year).codes?.PLACE ?? [];
      // K3 is in careledger's list from 28/10/2023 but not in the 2024 schema's categories: DfE added it from 2025.
      for (const code of codesOf('placementType').filter((c) => validOn('placementType', c) && c !== 'K3')) {
        expect(place, `${code} in ${year.label}`).toContain(rowForYear('episodes', { ...episode, PLACE: code }, year).PLACE);
      }
      const sex = schemaFor(TABLES.header, year).codes?.SEX ?? [];
      for (const code of ['M', 'F', '1', '2']) expect(sex).toContain(rowForYear('header', { ...header, SEX: code }, year).SEX);
    }
  });
});

describe('rows and the 903 CSV', () => {
  it('hold calendar dates inside and DD/MM/YYYY and the year\'s codes in the file', () => {
    expect(csvCells('header', header, y2024)).toEqual({ CHILD: 'A', SEX: '2', DOB: '15/06/2010', ETHNIC: 'WBRI', UPN: '', MOTHER: '0', MC_DOB: '' });
    expect(csvCells('header', header, y2025).SEX).toBe('F');
    expect(csvCells('episodes', episode, y2024)).toMatchObject({ DECOM: '01/03/2024', PLACE: 'H5', DEC: '' });
    expect(csvCells('episodes', episode, y2025).PLACE).toBe('K3');
    expect(rowForYear('episodes', episode, y2025)).toEqual({ ...episode, PLACE: 'K3' });
  });

  it('writes the DfE column order, quoting only cells that need it', () => {
    expect(toCsv('reviews', [{ CHILD: 'A,"1"', DOB: '2010-06-15', REVIEW: '2024-01-02', REVIEW_CODE: 'PN1' }], y2024))
      .toBe('CHILD,DOB,REVIEW,REVIEW_CODE\n"A,""1""",15/06/2010,02/01/2024,PN1\n');
    expect(toCsv('missing', [], y2024)).toBe('CHILD,DOB,MISSING,MIS_START,MIS_END\n');
  });

  it('reads back what it writes', () => {
    const csv = toCsv('episodes', [episode], y2024);
    expect(fromCsv('episodes', csv, y2024)).toEqual([episode]);
  });

  it('reads files of other systems: any column order and case, extra columns, a BOM, CRLF, ISO dates', () => {
    const text = '\uFEFFdob,Extra,child,review_code,REVIEW\r\n15/06/2010,x,A,PN1,2024-01-02\r\n';
    expect(fromCsv('reviews', text, y2024)).toEqual([{ CHILD: 'A', DOB: '2010-06-15', REVIEW: '2024-01-02', REVIEW_CODE: 'PN1' }]);
  });

  it('refuses a missing column or a cell that is not a date, naming the file, line and column', () => {
    expect(() => fromCsv('uasc', 'CHILD,DOB,SEX\nA,01/01/2010,1\n', y2024, 'in/uasc.csv'))
      .toThrow(expect.objectContaining({ kind: 'invalid', code: 'ssda903.unreadable', message: 'in/uasc.csv: 1 issue stops it being read:\n  in/uasc.csv, line 1, DUC: the header has no such column' }));
    expect(() => fromCsv('uasc', 'CHILD,DOB,SEX,DUC\nA,01/01/2010,1,\nB,31/02/2010,1,\n', y2024))
      .toThrow(expect.objectContaining({ kind: 'invalid', code: 'ssda903.unreadable', context: expect.objectContaining({ errors: [expect.objectContaining({ file: 'uasc.csv', line: 3, column: 'DOB', value: '31/02/2010' })] }) }));
  });
});
