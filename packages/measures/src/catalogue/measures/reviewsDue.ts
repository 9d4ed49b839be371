import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { REVIEW_CLOCK_TEXT, REVIEW_CLOCK_WITH_TIMESCALE_COLUMNS } from './reviewColumns';

export const reviewsDue = defineMeasure({
  id: 'reviews_due',
  title: 'Looked-after reviews due',
  definition: `The number of statutory looked-after reviews that fell due in the period, held or not: ${REVIEW_CLOCK_TEXT}. A review awaited when the child ceased to be looked after before its due date was not due (Thurrock's "Total Due").`,
  source: 'local',
  unit: 'count',
  polarity: 'neutral',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'review occasions whose due date falls in the period',
  periods: FLOW_PERIODS,
  columns: REVIEW_CLOCK_WITH_TIMESCALE_COLUMNS,
  breakdowns: ['review_number'],
  sqlFile: new URL('./reviewsDue.sql', import.meta.url),
});
