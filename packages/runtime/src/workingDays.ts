import { addDays, fromDayNumber, toDayNumber, type CalendarDate } from './calendarDate';
import { InvalidInputError } from './errors';

/**
 * Bank holidays in England and Wales, as gov.uk publishes them (the Banking and Financial Dealings Act 1971 and
 * royal proclamations). The regular ones follow from rules; the one-off ones and the moved ones are listed, each a
 * proclamation. Working days are Monday to Friday that are not bank holidays: the clock statutory timescales run on
 * (a review within 20 working days of a child becoming looked after).
 */
export const FIRST_CALENDAR_YEAR = 2000;
export const LAST_CALENDAR_YEAR = 2030;

/** Proclaimed one-off holidays. */
const EXTRA: readonly CalendarDate[] = [
  '2002-06-03', // Golden Jubilee
  '2011-04-29', // Royal wedding
  '2012-06-05', // Diamond Jubilee
  '2022-06-03', // Platinum Jubilee
  '2022-09-19', // State funeral of Queen Elizabeth II
  '2023-05-08', // Coronation of King Charles III
];

/** Regular holidays moved by proclamation: the rule's date, and where it went. */
const MOVED: Readonly<Record<CalendarDate, CalendarDate>> = {
  '2002-05-27': '2002-06-04', // spring bank holiday, Golden Jubilee
  '2012-05-28': '2012-06-04', // spring bank holiday, Diamond Jubilee
  '2020-05-04': '2020-05-08', // early May, 75th anniversary of VE Day
  '2022-05-30': '2022-06-02', // spring bank holiday, Platinum Jubilee
};

/** Day of the week, 0 Sunday to 6 Saturday. */
export function weekday(date: CalendarDate): number {
  // Day number 0 is 1970-01-01, a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

function date(year: number, month: number, day: number): CalendarDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return date(year, month, day);
}

function firstMonday(year: number, month: number): CalendarDate {
  const first = date(year, month, 1);
  return addDays(first, (8 - weekday(first)) % 7);
}

function lastMonday(year: number, month: number): CalendarDate {
  const last = addDays(date(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  return addDays(last, -((weekday(last) + 6) % 7));
}

/** A fixed-date holiday falling at a weekend is substituted by the next weekday not already a holiday. */
function substituted(day: CalendarDate, taken: ReadonlySet<CalendarDate>): CalendarDate {
  let result = day;
  while (weekday(result) === 0 || weekday(result) === 6 || taken.has(result)) result = addDays(result, 1);
  return result;
}

function holidaysOf(year: number): CalendarDate[] {
  const easter = easterSunday(year);
  const regular = [addDays(easter, -2), addDays(easter, 1), firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8)];
  const taken = new Set<CalendarDate>();
  taken.add(substituted(date(year, 1, 1), taken));
  const christmas = substituted(date(year, 12, 25), taken);
  taken.add(christmas);
  taken.add(substituted(date(year, 12, 26), taken));
  for (const day of regular) taken.add(MOVED[day] ?? day);
  for (const day of EXTRA) if (day.startsWith(`${year}-`)) taken.add(day);
  return [...taken].sort();
}

/** Every England and Wales bank holiday from 2000 to 2030, in date order. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly CalendarDate[] = Array.from(
  { length: LAST_CALENDAR_YEAR - FIRST_CALENDAR_YEAR + 1 },
  (_, i) => holidaysOf(FIRST_CALENDAR_YEAR + i),
).flat();

const HOLIDAY_SET: ReadonlySet<CalendarDate> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);

function requireCovered(day: CalendarDate): void {
  const year = Number(day.slice(0, 4));
  if (year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) {
    throw new InvalidInputError('calendar.out_of_range', `working days are known from ${FIRST_CALENDAR_YEAR} to ${LAST_CALENDAR_YEAR}; ${day} is outside them`, { date: day });
  }
}

export function isWorkingDay(day: CalendarDate): boolean {
  requireCovered(day);
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !HOLIDAY_SET.has(day);
}

/**
 * The date `n` working days after `from` (n >= 1): the day `from` itself never counts, as a statutory "within 20
 * working days of the date on which C becomes looked after" counts from the next day.
 */
export function addWorkingDays(from: CalendarDate, n: number): CalendarDate {
  let day = fromDayNumber(toDayNumber(from));
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}
