import { isCalendarDate, todayInLondon, type CalendarDate } from '@careledger/runtime';

/**
 * An instant as an ISO date-time with its offset ('2025-06-30T17:00:00+01:00', '2025-06-30T16:00:00Z'): what had
 * been recorded by then (events' recordedAt) is what a return "as known on" it may hold. Compared by DuckDB as
 * TIMESTAMPTZ, never as text, so offsets and fractions of a second compare as instants.
 */
export type KnownOnInstant = string;

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** Europe/London's offset from UTC ('+01:00' or '+00:00') in force at the end of `date`. */
function londonOffsetAtEndOf(date: CalendarDate): string {
  // The clocks change at 01:00 UTC, so the offset at 23:59:59 UTC is the one in force at 23:59:59 in London.
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' }).formatToParts(new Date(`${date}T23:59:59Z`));
  const offset = parts.find((part) => part.type === 'timeZoneName')?.value.replace(/^GMT/, '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/**
 * Reads an as-known-on value: an ISO date-time with an offset (or Z), or a calendar date meaning the end of that day
 * in Europe/London (the last microsecond before midnight, so anything recorded that day counts). Undefined when it is
 * neither, for the caller to refuse naming its flag or parameter.
 */
export function parseAsKnownOn(text: string): KnownOnInstant | undefined {
  if (isCalendarDate(text)) return `${text}T23:59:59.999999${londonOffsetAtEndOf(text)}`;
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, date, hours, minutes, seconds = '00', , offsetHours = '00', offsetMinutes = '00'] = m;
  if (!isCalendarDate(date!) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  if (Number(offsetHours) > 14 || Number(offsetMinutes) > 59) return undefined;
  return text;
}

/** The calendar date in London of an instant: the as-at date a return run at that instant had by default. */
export function londonDateOf(instant: KnownOnInstant): CalendarDate {
  return todayInLondon(new Date(instant));
}

export const AS_KNOWN_ON_FORMS = 'an ISO date-time with an offset (2025-06-30T17:00:00+01:00 or 2025-06-30T16:00:00Z) or a date (2025-06-30: the end of that day in London)';
