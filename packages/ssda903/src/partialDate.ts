import { isCalendarDate, type CalendarDate } from '@careledger/runtime';

/**
 * A date of which some parts may not be known. The 903 asks for the date of a previous permanence order (DATE_PERM)
 * even when the LA knows only its month and year, or nothing of it, and writes an unknown day or month as ZZ and an
 * unknown year as ZZZZ (ZZ/06/2019 is June 2019, ZZ/ZZ/ZZZZ wholly unknown).
 *
 * Inside careledger it is a calendar date's YYYY-MM-DD with the unknown parts as Z: 2019-06-ZZ, ZZZZ-ZZ-ZZ. A wholly
 * known one is then a calendar date, unchanged, so facts recorded before a date could be partial stay valid, and a
 * DATE read as text is one. Nothing sorts or compares these: a partial date has no single place on the calendar.
 */
export type PartialDate = string;

/** A date of which nothing is known (the 903's ZZ/ZZ/ZZZZ). */
export const UNKNOWN_DATE: PartialDate = 'ZZZZ-ZZ-ZZ';

const PARTS = /^(\d{4}|ZZZZ)-(\d{2}|ZZ)-(\d{2}|ZZ)$/;

/**
 * The calendar date its known parts give with the unknown ones read as the DfE's rule 632 reads them: day and month
 * 01, year 2000. 2000 is a leap year, so 29 February of an unknown year is a date; 31 April of any year is not.
 */
function withUnknownPartsFilled(value: string): CalendarDate | undefined {
  const parts = PARTS.exec(value);
  if (!parts) return undefined;
  const [year, month, day] = [parts[1]!, parts[2]!, parts[3]!];
  return `${year === 'ZZZZ' ? '2000' : year}-${month === 'ZZ' ? '01' : month}-${day === 'ZZ' ? '01' : day}`;
}

/** Whether `value` is a partial date (a calendar date is one): each part known or Z, the known parts a real date. */
export function isPartialDate(value: string): value is PartialDate {
  const filled = withUnknownPartsFilled(value);
  return filled !== undefined && isCalendarDate(filled);
}

/**
 * The first day it can be (2019-06-01 for 2019-06-ZZ, 2020-01-05 for 2020-ZZ-05), to check it against dates it
 * cannot follow; undefined when its year is not known, since then it can be any day at all.
 */
export function earliestDayOf(value: PartialDate): CalendarDate | undefined {
  return value.startsWith('ZZZZ') ? undefined : withUnknownPartsFilled(value);
}

/** As the 903 file writes it: DD/MM/YYYY, with ZZ and ZZZZ for the unknown parts (2019-06-ZZ is ZZ/06/2019). */
export function formatPartialDdMmYyyy(value: PartialDate): string {
  const [year, month, day] = value.split('-') as [string, string, string];
  return `${day}/${month}/${year}`;
}
