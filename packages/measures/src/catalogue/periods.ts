import { addDays, addMonths, InvalidInputError, isCalendarDate, type CalendarDate } from '@careledger/runtime';
import { collectionYear, collectionYearContaining, type CollectionYear } from '@careledger/ssda903';

/**
 * What a figure is measured over. A point-in-time measure reads only `end` (the date it is "as at"); a flow measure
 * counts what happened from `start` to `end`, both days included. All dates are calendar dates.
 */
export type PeriodKind = 'asAt' | 'period' | 'month' | 'quarter' | 'year' | 'yearToDate' | 'rolling12Months' | 'threeYearRolling';

export interface Period {
  readonly kind: PeriodKind;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** How a committee paper names it: "at 2024-03-31", "2023-24 Q1", "April 2023", ... */
  readonly label: string;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function requireDate(date: CalendarDate, what: string): void {
  if (!isCalendarDate(date)) throw new InvalidInputError('period.invalid_date', `${what} '${date}' is not a calendar date (use YYYY-MM-DD)`, { date, what });
}

function make(kind: PeriodKind, start: CalendarDate, end: CalendarDate, label: string): Period {
  requireDate(start, 'period start');
  requireDate(end, 'period end');
  if (start > end) throw new InvalidInputError('period.reversed', `period ${label} starts on ${start}, after its end ${end}`, { start, end, label });
  return { kind, start, end, label };
}

/** The last day of the month `date` falls in. */
function monthEnd(date: CalendarDate): CalendarDate {
  return addDays(addMonths(`${date.slice(0, 7)}-01`, 1), -1);
}

/** A single date: a point-in-time measure's "as at". */
export function asAt(date: CalendarDate): Period {
  return make('asAt', date, date, `at ${date}`);
}

/** Any run of days, both ends included. */
export function within(start: CalendarDate, end: CalendarDate): Period {
  return make('period', start, end, `${start} to ${end}`);
}

/** The calendar month `date` falls in. */
export function monthOf(date: CalendarDate): Period {
  requireDate(date, 'month date');
  const start = `${date.slice(0, 7)}-01`;
  return make('month', start, monthEnd(start), `${MONTH_NAMES[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`);
}

/** The twelve months of a collection year, April to March. */
export function monthsOf(year: CollectionYear): Period[] {
  return Array.from({ length: 12 }, (_, i) => monthOf(addMonths(year.start, i)));
}

/** The four quarters of a collection year: Q1 April-June, Q2 July-September, Q3 October-December, Q4 January-March. */
export function quartersOf(year: CollectionYear): Period[] {
  return Array.from({ length: 4 }, (_, i) => {
    const start = addMonths(year.start, i * 3);
    return make('quarter', start, monthEnd(addMonths(start, 2)), `${year.label} Q${i + 1}`);
  });
}

/** A whole collection year, 1 April to 31 March. */
export function yearOf(year: CollectionYear): Period {
  return make('year', year.start, year.end, year.label);
}

/** From 1 April of the collection year `date` falls in, up to and including `date`. */
export function yearToDate(date: CalendarDate): Period {
  requireDate(date, 'year-to-date end');
  const year = collectionYearContaining(date);
  return make('yearToDate', year.start, date, `${year.label} to ${date}`);
}

/** The twelve months ending on `end`: from the day after the same date a year before. */
export function rolling12Months(end: CalendarDate): Period {
  requireDate(end, 'rolling 12 months end');
  return make('rolling12Months', addDays(addMonths(end, -12), 1), end, `12 months to ${end}`);
}

/** Three collection years ending with `year` (the adoption scorecard's A1, A2, A10). */
export function threeYearRolling(year: CollectionYear): Period {
  const first = collectionYear(year.endYear - 2);
  return make('threeYearRolling', first.start, year.end, `${first.label} to ${year.label}`);
}

/** A series within a collection year: its months, its quarters, or the year itself. */
export type SeriesGrain = 'month' | 'quarter' | 'year';

export function seriesOf(year: CollectionYear, grain: SeriesGrain): Period[] {
  if (grain === 'month') return monthsOf(year);
  if (grain === 'quarter') return quartersOf(year);
  return [yearOf(year)];
}

/** The calendar months a period covers, each clipped to the period (a month's own rows only). */
export function monthsWithin(period: Period): Period[] {
  const months: Period[] = [];
  for (let start = `${period.start.slice(0, 7)}-01`; start <= period.end; start = addMonths(start, 1)) {
    const month = monthOf(start);
    const clippedStart = month.start < period.start ? period.start : month.start;
    const clippedEnd = month.end > period.end ? period.end : month.end;
    months.push(clippedStart === month.start && clippedEnd === month.end ? month : make('month', clippedStart, clippedEnd, `${month.label} (${clippedStart} to ${clippedEnd})`));
  }
  return months;
}

/** Every kind of period a flow measure (what happened from a start to an end) can be asked over. */
export const FLOW_PERIODS: readonly PeriodKind[] = ['period', 'month', 'quarter', 'year', 'yearToDate', 'rolling12Months', 'threeYearRolling'];
