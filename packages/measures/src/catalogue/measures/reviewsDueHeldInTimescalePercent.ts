import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const reviewsDueHeldInTimescalePercent = defineMeasure({
  id: 'reviews_due_held_in_timescale_percent',
  title: 'Looked-after reviews due that were held in timescale (of reviews due)',
  definition: 'Of the looked-after reviews due in the period, the percentage held on or before their due date: the first within 20 working days of becoming looked after (England and Wales bank holidays), the second within 3 months of the first, each later one within 6 months of the one before, each counted from the review actually held; a new period of care restarts the clock; short breaks are not on it. A review not held, or held late, counts against the figure (Thurrock D2, "% of Total Due Held In Timescale").',
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
  columns: {
    period_started: 'the start of the period of care the review belongs to',
    review_number: 'which review of that period of care it is (1 the first)',
    due_on: 'the date it was due by on the statutory clock',
    held_on: 'the date it was held, blank when not held',
  },
  breakdowns: ['review_number'],
  sqlFile: new URL('./reviewsDueHeldInTimescalePercent.sql', import.meta.url),
});
