import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const reviewsDue = defineMeasure({
  id: 'reviews_due',
  title: 'Looked-after reviews due',
  definition: 'The number of statutory looked-after reviews that fell due in the period, held or not: the first within 20 working days of becoming looked after (England and Wales bank holidays), the second within 3 months of the first, each later one within 6 months of the one before, each counted from the review actually held; a new period of care restarts the clock; short breaks are not on it. A review awaited when the child ceased to be looked after before its due date was not due (Thurrock\'s "Total Due").',
  source: 'local',
  unit: 'count',
  polarity: 'neutral',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'review occasions whose due date falls in the period',
  periods: FLOW_PERIODS,
  columns: {
    period_started: 'the start of the period of care the review belongs to',
    review_number: 'which review of that period of care it is (1 the first)',
    due_on: 'the date it was due by on the statutory clock',
    held_on: 'the date it was held, blank when not held',
    in_timescale: 'whether it was held on or before the due date',
  },
  breakdowns: ['review_number'],
  sqlFile: new URL('./reviewsDue.sql', import.meta.url),
});
