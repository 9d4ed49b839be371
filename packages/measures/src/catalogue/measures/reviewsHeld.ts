import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { REVIEW_CLOCK_WITH_TIMESCALE_COLUMNS } from './reviewColumns';

export const reviewsHeld = defineMeasure({
  id: 'reviews_held',
  title: 'Looked-after reviews held',
  definition: 'The number of statutory looked-after reviews held in the period while the child was looked after (several recorded on one day are one review; short breaks left out).',
  source: 'local',
  unit: 'count',
  polarity: 'neutral',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'reviews held in the period in a period of care',
  periods: FLOW_PERIODS,
  columns: REVIEW_CLOCK_WITH_TIMESCALE_COLUMNS,
  breakdowns: ['review_number', 'in_timescale'],
  sqlFile: new URL('./reviewsHeld.sql', import.meta.url),
});
