import { describe, expect, it } from 'vitest';
import { collectionYear, csvCells, earliestDayOf, fromCsv, isPartialDate, partialDate, toCsv, type PrevPermRow } from '../src';

const y2025 = collectionYear(2025);
const read = (text: string) => partialDate.read(text, y2025);

describe('a partly known date (DATE_PERM)', () => {
  it('is a calendar date with ZZ for an unknown day or month and ZZZZ for an unknown year', () => {
    for (const value of ['2019-06-14', '2019-06-ZZ', '2019-ZZ-ZZ', 'ZZZZ-ZZ-ZZ', '2020-ZZ-05', 'ZZZZ-06-ZZ', 'ZZZZ-02-29', '2019-ZZ-31']) {
      expect(isPartialDate(value), value).toBe(true);
    }
    // 31 April is no day in any year; 29 February 2019 none either; Z for part of a part, a lower-case z, a short year.
    for (const value of ['ZZZZ-04-31', '2019-02-29', '2019-13-ZZ', '2019-00-ZZ', '2019-ZZ-32', '2019-06-Z1', '2019-06-zz', '19-06-ZZ', 'ZZ/06/2019', '']) {
      expect(isPartialDate(value), value).toBe(false);
    }
  });

  it('begins at the first day its known parts allow, or anywhere when its year is not known', () => {
    expect(earliestDayOf('2019-06-14')).toBe('2019-06-14');
    expect(earliestDayOf('2019-06-ZZ')).toBe('2019-06-01');
    expect(earliestDayOf('2020-ZZ-05')).toBe('2020-01-05');
    expect(earliestDayOf('2019-ZZ-ZZ')).toBe('2019-01-01');
    expect(earliestDayOf('ZZZZ-06-14')).toBeUndefined();
    expect(earliestDayOf('ZZZZ-ZZ-ZZ')).toBeUndefined();
  });
});

describe('the partial date column', () => {
  it('reads the DfE\'s partly known form, Z in either case, into careledger\'s', () => {
    expect(read('ZZ/06/2019')).toEqual({ ok: true, value: '2019-06-ZZ' });
    expect(read(' zz/zz/zzzz ')).toEqual({ ok: true, value: 'ZZZZ-ZZ-ZZ' });
    expect(read('ZZ/ZZ/2019')).toEqual({ ok: true, value: '2019-ZZ-ZZ' });
    expect(read('05/ZZ/2020')).toEqual({ ok: true, value: '2020-ZZ-05' });
    expect(read('29/02/ZZZZ')).toEqual({ ok: true, value: 'ZZZZ-02-29' });
    expect(read('')).toEqual({ ok: true, value: '' });
  });

  it('reads a wholly known date in every form the date column reads', () => {
    for (const text of ['14/06/2019', '14/6/2019', '14-06-2019', '2019-06-14', '2019-06-14 00:00:00']) {
      expect(read(text), text).toEqual({ ok: true, value: '2019-06-14' });
    }
  });

  it('names why a cell is no date, whole or partial, rather than guess one', () => {
    const notADate = { ok: false, reason: 'is not a date (the 903 uses DD/MM/YYYY, with ZZ for an unknown day or month and ZZZZ for an unknown year)' };
    // Looser than the DfE's form: one Z, a two-digit year, dashes, careledger's own spelling, X for Z.
    for (const text of ['Z/06/2019', 'ZZ/6/2019', 'ZZ/ZZ/ZZ', 'ZZ-06-2019', '2019-06-ZZ', 'XX/10/2011', 'June 2019']) {
      expect(read(text), text).toEqual(notADate);
    }
    for (const text of ['31/04/ZZZZ', '32/ZZ/2019', 'ZZ/13/2019', 'ZZ/00/2019']) {
      expect(read(text), text).toEqual({ ok: false, reason: 'is no day of the calendar, whatever its unknown parts are' });
    }
    expect(read('29/02/2019')).toEqual({ ok: false, reason: 'is not a day of the calendar' });
    expect(read('14/06/19')).toEqual({ ok: false, reason: 'has a two-digit year' });
  });

  it('writes DD/MM/YYYY with ZZ and ZZZZ, and reads back what it writes', () => {
    expect(['2019-06-ZZ', 'ZZZZ-ZZ-ZZ', '2020-ZZ-05', '2019-06-14', ''].map(partialDate.toCell)).toEqual(['ZZ/06/2019', 'ZZ/ZZ/ZZZZ', '05/ZZ/2020', '14/06/2019', '']);
    const rows: PrevPermRow[] = [
      { CHILD: 'A', DOB: '2012-03-04', PREV_PERM: 'P4', LA_PERM: '999', DATE_PERM: 'ZZZZ-ZZ-ZZ' },
      { CHILD: 'B', DOB: '2014-01-20', PREV_PERM: 'P2', LA_PERM: '883', DATE_PERM: '2019-06-ZZ' },
      { CHILD: 'C', DOB: '2015-05-10', PREV_PERM: 'P1', LA_PERM: '815', DATE_PERM: '2019-02-14' },
    ];
    expect(csvCells('prevPerm', rows[0]!, y2025)).toEqual({ CHILD: 'A', DOB: '04/03/2012', PREV_PERM: 'P4', LA_PERM: '999', DATE_PERM: 'ZZ/ZZ/ZZZZ' });
    const csv = toCsv('prevPerm', rows, y2025);
    expect(csv).toBe('CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nA,04/03/2012,P4,999,ZZ/ZZ/ZZZZ\nB,20/01/2014,P2,883,ZZ/06/2019\nC,10/05/2015,P1,815,14/02/2019\n');
    expect(fromCsv('prevPerm', csv, y2025)).toEqual(rows);
  });

  it('refuses a PrevPerm file whose DATE_PERM is neither, naming line and column', () => {
    expect(() => fromCsv('prevPerm', 'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nA,04/03/2012,P2,883,ZZ/6/2019\n', y2025, 'in/prev.csv'))
      .toThrow(expect.objectContaining({ code: 'ssda903.unreadable', context: expect.objectContaining({ errors: [expect.objectContaining({ line: 2, column: 'DATE_PERM', value: 'ZZ/6/2019' })] }) }));
  });
});
