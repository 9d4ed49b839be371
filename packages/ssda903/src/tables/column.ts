import { formatDdMmYyyy, isCalendarDate, type CalendarDate } from '@careledger/runtime';
import { formatPartialDdMmYyyy, isPartialDate } from '../partialDate';
import { codesOf, type CodeListName } from '../codeLists';
import type { CollectionYear } from '../collectionYear';

/** What a cell of a 903 file says, once read: the value inside careledger, or why it cannot be one. */
export type CellReading = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string };

/**
 * How one 903 column's value crosses the file boundary. Inside careledger a value is what the fact says (dates as
 * calendar dates, partly known ones as partial dates); in a year's CSV it is what that year's 903 says (DD/MM/YYYY,
 * codes as that year's list spells them).
 */
export interface Column {
  readonly kind: 'text' | 'date' | 'partialDate' | 'code';
  /** The value as `year`'s 903 codes it. Idempotent, so a row already coded for the year passes unchanged. */
  readonly forYear: (value: string, year: CollectionYear) => string;
  readonly toCell: (value: string) => string;
  /**
   * A cell as `year`'s 903 means it, in careledger's spelling ('' for a blank cell), or why it cannot be read.
   * `yearCodes` is the year's code list when the table's schema version gives one (it overrides the column's own).
   */
  readonly read: (cell: string, year: CollectionYear, yearCodes?: readonly string[]) => CellReading;
  /** The codes a code column may hold in any year, when known (the schema version's list narrows it per year). */
  readonly codes?: readonly string[];
}

const same = (value: string): string => value;
const value = (v: string): CellReading => ({ ok: true, value: v });
const unreadable = (reason: string): CellReading => ({ ok: false, reason });

/** Stray spaces are never meaningful in a 903 cell: case systems pad fixed-width exports with them. */
export const text: Column = { kind: 'text', forYear: same, toCell: same, read: (cell) => value(cell.trim()) };

// The forms real case-system exports give a date. Day and month may be unpadded; the year must have four digits,
// because a two-digit year is a guess about the century. A time of day is read only when it is midnight: any other
// time may be an instant shifted by a time zone (23:00 on 31 May UTC is 1 June in London), so its date is a guess.
const DAY_FIRST = /^(\d{1,2})([/-])(\d{1,2})\2(\d+)$/;
const ISO = /^(\d+)-(\d{1,2})-(\d{1,2})$/;
const MIDNIGHT = /^(?:[ T]00:00(?::00(?:\.0+)?)?)?$/;
const NOT_A_DATE = 'is not a date (the 903 uses DD/MM/YYYY)';

function readDate(cell: string, notADate = NOT_A_DATE): CellReading {
  const trimmed = cell.trim();
  if (trimmed === '') return value('');
  const time = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?$/.exec(trimmed);
  const datePart = time ? trimmed.slice(0, time.index) : trimmed;
  if (time && !MIDNIGHT.test(time[0])) {
    return unreadable(`${time[0].endsWith('Z') ? 'is an instant in UTC' : 'has a time of day other than midnight'}, so its calendar date depends on a time zone`);
  }
  const dayFirst = DAY_FIRST.exec(datePart);
  const iso = dayFirst ? undefined : ISO.exec(datePart);
  if (!dayFirst && !iso) return unreadable(notADate);
  const [day, month, year] = dayFirst ? [dayFirst[1]!, dayFirst[3]!, dayFirst[4]!] : [iso![3]!, iso![2]!, iso![1]!];
  if (year.length !== 4) return unreadable(year.length === 2 ? 'has a two-digit year' : notADate);
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? value(date) : unreadable('is not a day of the calendar');
}

/**
 * A calendar date inside, DD/MM/YYYY in the file; '' is a blank cell (an open episode's DEC). Read from DD/MM/YYYY,
 * D/M/YYYY, DD-MM-YYYY and ISO YYYY-MM-DD, each optionally at 00:00:00: all are unambiguous about the day.
 */
export const date: Column = {
  kind: 'date',
  forYear: same,
  toCell: (v) => (v ? formatDdMmYyyy(v) : ''),
  read: (cell) => readDate(cell),
};

// The DfE's form of a partly known date, as its rule 632 reads it: day and month each two digits or ZZ, the year four
// digits or ZZZZ. Any part may be unknown (05/ZZ/2020 is a 5th in 2020); nothing looser is the DfE's, so nothing
// looser is read (Z/6/2019 or ZZ/06/19 would be a guess at what the LA meant).
const PARTLY_KNOWN = /^(\d{2}|ZZ)\/(\d{2}|ZZ)\/(\d{4}|ZZZZ)$/;

/**
 * A date of which some parts may not be known (DATE_PERM): a partial date inside (2019-06-ZZ, ZZZZ-ZZ-ZZ; see
 * partialDate.ts), DD/MM/YYYY with ZZ and ZZZZ in the file, '' for a blank cell. Reads the DfE's partly known form,
 * Z in either case (the DfE's collection upper-cases cells), and a wholly known date in every form `date` reads.
 */
export const partialDate: Column = {
  kind: 'partialDate',
  forYear: same,
  toCell: (v) => (v ? formatPartialDdMmYyyy(v) : ''),
  read: (cell) => {
    const partly = PARTLY_KNOWN.exec(cell.trim().toUpperCase());
    // A date with every part known is read as any date is, in all the forms case systems export.
    if (!partly || !partly.slice(1).some((part) => part.startsWith('Z'))) {
      return readDate(cell, 'is not a date (the 903 uses DD/MM/YYYY, with ZZ for an unknown day or month and ZZZZ for an unknown year)');
    }
    const known = `${partly[3]!}-${partly[2]!}-${partly[1]!}`;
    return isPartialDate(known) ? value(known) : unreadable('is no day of the calendar, whatever its unknown parts are');
  },
};

export interface CodeOptions {
  /** The column's code list: a careledger list, or the codes the DfE schema gives when careledger has none. */
  readonly list?: CodeListName | readonly string[];
  /** When the year's code list spells some facts differently (see codingByYear). */
  readonly recode?: (value: string, year: CollectionYear) => string;
}

/**
 * A coded column. Read upper-case and trimmed (`v2` is V2), recoded into the year's spelling, then checked against the
 * year's list when one is known: a code outside it is named, never passed on.
 */
export function code(options: CodeOptions | ((value: string, year: CollectionYear) => string) = {}): Column {
  const { list, recode = same } = typeof options === 'function' ? { recode: options } : options;
  const codes = typeof list === 'string' ? codesOf(list) : list;
  const forYear = (v: string, year: CollectionYear): string => (v === '' ? '' : recode(v, year));
  return {
    kind: 'code',
    forYear,
    toCell: same,
    ...(codes ? { codes } : {}),
    read: (cell, year, yearCodes = codes) => {
      const coded = forYear(cell.trim().toUpperCase(), year);
      if (coded === '' || !yearCodes || yearCodes.includes(coded)) return value(coded);
      return unreadable(`is not a code of ${year.label}'s list (${yearCodes.join(', ')})`);
    },
  };
}

/**
 * A column whose cell the 903 never leaves blank (the schema's `canbeblank: no`) and careledger always fills: a blank
 * one is named, since reading it as blank would mislead (a blank DECOM is an episode open since the beginning of time).
 */
export function notBlank(column: Column): Column {
  return { ...column, read: (cell, year, yearCodes) => (cell.trim() === '' ? unreadable('is blank, and the 903 never leaves it blank') : column.read(cell, year, yearCodes)) };
}

/** The type of a blank-able date cell inside a row. */
export type DateValue = CalendarDate | '';
