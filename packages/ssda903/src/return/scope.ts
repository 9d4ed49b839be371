import { InvalidInputError, isCalendarDate, minDate, type CalendarDate } from '@careledger/runtime';
import type { CollectionYear } from '../collectionYear';
import { isLaCode } from '../laCode';

export interface ReturnScope {
  readonly laCode: string;
  readonly year: CollectionYear;
  /** Facts after this date are not yet known: a return run mid-year is as at today. */
  readonly asAt: CalendarDate;
  /**
   * Only these children's rows in the in-year tables (the continuous check of the children a derive touched); every
   * child when absent. OC2 and OC3, read from the projections, keep every child.
   */
  readonly children?: readonly string[];
}

/** The last day whose facts a return can hold: 31 March, or the as-at date if that comes first. */
export function returnCutoff(scope: ReturnScope): CalendarDate {
  return minDate(scope.year.end, scope.asAt);
}

/**
 * Refuses a scope whose return would be silently empty because it was asked wrongly: an LA code that is not the
 * DfE's three digits, an as-at date that is not a date, or a year that has not started by the as-at date.
 */
export function checkReturnScope(scope: ReturnScope): void {
  if (!isLaCode(scope.laCode)) {
    throw new InvalidInputError('return.invalid_la', `'${scope.laCode}' is not an LA code: use the DfE's three-digit code (e.g. 999)`, { laCode: scope.laCode });
  }
  if (!isCalendarDate(scope.asAt)) {
    throw new InvalidInputError('return.invalid_as_at', `as-at date '${scope.asAt}' is not a calendar date (use YYYY-MM-DD)`, { asAt: scope.asAt });
  }
  if (scope.year.start > scope.asAt) {
    throw new InvalidInputError(
      'return.year_not_started',
      `collection year ${scope.year.label} starts on ${scope.year.start}, after the as-at date ${scope.asAt}: nothing in it is known yet`,
      { year: scope.year.label, asAt: scope.asAt },
    );
  }
}
