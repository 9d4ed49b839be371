import { formatDdMmYyyy, isCalendarDate, parseDdMmYyyy, type CalendarDate } from '@careledger/runtime';
import type { CollectionYear } from '../collectionYear';

/**
 * How one 903 column's value crosses the file boundary. Inside careledger a value is what the fact says (dates as
 * calendar dates); in a year's CSV it is what that year's 903 says (DD/MM/YYYY, codes as that year's list spells them).
 */
export interface Column {
  readonly kind: 'text' | 'date' | 'code';
  /** The value as `year`'s 903 codes it. Idempotent, so a row already coded for the year passes unchanged. */
  readonly forYear: (value: string, year: CollectionYear) => string;
  readonly toCell: (value: string) => string;
  /** The value a cell holds, or undefined when the cell cannot be one (a malformed date). */
  readonly fromCell: (cell: string) => string | undefined;
}

const same = (value: string): string => value;

export const text: Column = { kind: 'text', forYear: same, toCell: same, fromCell: same };

/** A calendar date inside, DD/MM/YYYY in the file; '' is a blank cell (an open episode's DEC). */
export const date: Column = {
  kind: 'date',
  forYear: same,
  toCell: (value) => (value ? formatDdMmYyyy(value) : ''),
  // Case systems that export ISO dates are read too: the date is unambiguous either way.
  fromCell: (cell) => (cell === '' ? '' : parseDdMmYyyy(cell) ?? (isCalendarDate(cell) ? cell : undefined)),
};

/** A coded column; `recode` when the year's code list spells some facts differently (see codingByYear). */
export function code(recode: (value: string, year: CollectionYear) => string = same): Column {
  return { kind: 'code', forYear: (value, year) => (value === '' ? '' : recode(value, year)), toCell: same, fromCell: same };
}

/** The type of a blank-able date cell inside a row. */
export type DateValue = CalendarDate | '';
