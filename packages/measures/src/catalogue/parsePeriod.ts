import { InvalidInputError, isCalendarDate } from '@careledger/runtime';
import { parseCollectionYear } from '@careledger/ssda903';
import { asAt, monthOf, quartersOf, rolling12Months, threeYearRolling, within, yearOf, yearToDate, type Period } from './periods';

/** How a period is written on the command line and in a URL, one form per kind. */
export const PERIOD_FORMS = [
  '2024-03-31 (as at a date)',
  '2024-01 (a month)',
  '2023-24-Q3 (a quarter of a collection year; Q1 is April-June)',
  '2023-24 or 2024 (a collection year, 1 April to 31 March)',
  'ytd:2024-01-31 (the collection year to a date)',
  '12m:2024-03-31 (the twelve months to a date)',
  '3y:2023-24 (three collection years ending with one)',
  '2023-04-01..2023-06-30 (any run of days)',
] as const;

function refuse(text: string): never {
  throw new InvalidInputError('period.unreadable', `'${text}' is not a period: write one of ${PERIOD_FORMS.join('; ')}`, { period: text });
}

function dateIn(text: string, date: string): string {
  if (!isCalendarDate(date)) refuse(text);
  return date;
}

function yearIn(text: string, year: string) {
  return parseCollectionYear(year) ?? refuse(text);
}

/** Reads a period as PERIOD_FORMS writes it; anything else is refused naming the forms. */
export function parsePeriod(text: string): Period {
  const trimmed = text.trim();
  let m: RegExpExecArray | null;
  if ((m = /^ytd:(.+)$/i.exec(trimmed))) return yearToDate(dateIn(text, m[1]!));
  if ((m = /^12m:(.+)$/i.exec(trimmed))) return rolling12Months(dateIn(text, m[1]!));
  if ((m = /^3y:(.+)$/i.exec(trimmed))) return threeYearRolling(yearIn(text, m[1]!));
  if ((m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(trimmed))) return within(dateIn(text, m[1]!), dateIn(text, m[2]!));
  if ((m = /^(\d{4}-\d{2}|\d{4})[ -]?Q([1-4])$/i.exec(trimmed))) return quartersOf(yearIn(text, m[1]!))[Number(m[2]) - 1]!;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return asAt(dateIn(text, trimmed));
  if ((m = /^(\d{4})-(\d{2})$/.exec(trimmed))) {
    // 2023-24 is a collection year (the second part is the next year's last two digits); 2024-01 is a month.
    const year = parseCollectionYear(trimmed);
    if (year) return yearOf(year);
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) return monthOf(`${trimmed}-01`);
    refuse(text);
  }
  if (/^\d{4}$/.test(trimmed)) return yearOf(yearIn(text, trimmed));
  return refuse(text);
}
