import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { REVIEW_CLOCK_COLUMNS, REVIEW_CLOCK_TEXT } from './reviewColumns';

export const reviewsDueHeldInTimescalePercent = defineMeasure({
  id: 'reviews_due_held_in_timescale_percent',
  title: 'Looked-after reviews due that were held in timescale (of reviews due)',
  definition: `Of the looked-after reviews due in the period, the percentage held on or before their due date: ${REVIEW_CLOCK_TEXT}. A review not held, or held late, counts against the figure (Thurrock D2, "% of Total Due Held In Timescale").`,
  source: 'local',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'reviews due in the period and held on or before their due date',
  denominator: 'reviews due in the period (the awaited review of a child still looked after on its due date included)',
  variant: 'ofReviewsDue',
  periods: FLOW_PERIODS,
  columns: REVIEW_CLOCK_COLUMNS,
  breakdowns: ['review_number'],
  sqlFile: new URL('./reviewsDueHeldInTimescalePercent.sql', import.meta.url),
});
