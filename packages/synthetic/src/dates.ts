/**
 * Day-number arithmetic for the generator (days since 1970-01-01, proleptic Gregorian), without Date objects:
 * the generator formats millions of dates, so strings are cached per day. Same conventions as
 * @careledger/runtime calendarDate (a 29 February birthday falls on 1 March in other years).
 */
import type { CalendarDate } from '@careledger/runtime';

export type Day = number;

export function dayFromYmd(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month, day] of a day number. */
export function ymdOf(dayNumber: Day): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function dayOf(date: CalendarDate): Day {
  return dayFromYmd(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

const CACHE_OFFSET = 60_000; // covers 1805 onwards
const cache: (string | undefined)[] = [];

export function dateOf(dayNumber: Day): CalendarDate {
  const i = dayNumber + CACHE_OFFSET;
  const hit = cache[i];
  if (hit !== undefined) return hit;
  const [y, m, d] = ymdOf(dayNumber);
  const text = `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  if (i >= 0 && i < 200_000) cache[i] = text;
  return text;
}

/** The same calendar day `months` later, clamped to the month's end. */
export function addMonthsDay(dayNumber: Day, months: number): Day {
  const [y, m, d] = ymdOf(dayNumber);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = ymdOf(dayFromYmd(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1)[2];
  return dayFromYmd(year, month, Math.min(d, last));
}

/** The date as the number yyyymmdd. */
export function packedOf(dayNumber: Day): number {
  const [y, m, d] = ymdOf(dayNumber);
  return y * 10_000 + m * 100 + d;
}

/** The day a child born on `dob` reaches `age` (29 February births: 1 March in common years). */
export function birthday(dob: Day, age: number): Day {
  const p = packedOf(dob);
  return dayFromYmd(Math.floor(p / 10_000) + age, Math.floor(p / 100) % 100, p % 100);
}

/** Whole years of age on `on`: the yyyymmdd difference, in ten-thousands. */
export function ageOn(dob: Day, on: Day): number {
  return Math.floor((packedOf(on) - packedOf(dob)) / 10_000);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(dayNumber: Day): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function addWorkingDays(dayNumber: Day, workingDays: number): Day {
  let d = dayNumber;
  let left = workingDays;
  while (left > 0) {
    d++;
    if (weekday(d) < 5) left--;
  }
  return d;
}

/** The 1 April on or before a day: the start of its collection year. */
export function aprilFirstOnOrBefore(dayNumber: Day): Day {
  const [y, m] = ymdOf(dayNumber);
  return dayFromYmd(m >= 4 ? y : y - 1, 4, 1);
}
