import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

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
  columns: {
    period_started: 'the start of the period of care the review belongs to',
    review_number: 'which review of that period of care it is (1 the first)',
    due_on: 'the date it was due by on the statutory clock',
    held_on: 'the date it was held, blank when not held',
    in_timescale: 'whether it was held on or before the due date',
  },
  breakdowns: ['review_number', 'in_timescale'],
  sqlFile: new URL('./reviewsHeld.sql', import.meta.url),
});
