import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const reviewsHeldInTimescalePercent = defineMeasure({
  id: 'reviews_held_in_timescale_percent',
  title: 'Looked-after reviews held in timescale (of reviews held)',
  definition: 'Of the looked-after reviews held in the period, the percentage held on or before the date they were due: the first within 20 working days of becoming looked after (England and Wales bank holidays), the second within 3 months of the first, each later one within 6 months of the one before, each counted from the review actually held; a new period of care restarts the clock; short breaks are not on it. Reviews due but not held are not in this figure (Worcestershire W-03, Cheshire East P1.2); the figure of reviews due counts them.',
  source: 'local',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'reviews held in the period on or before their due date',
  denominator: 'reviews held in the period',
  periods: FLOW_PERIODS,
  columns: {
    period_started: 'the start of the period of care the review belongs to',
    review_number: 'which review of that period of care it is (1 the first)',
    due_on: 'the date it was due by on the statutory clock',
    held_on: 'the date it was held, blank when not held',
  },
  breakdowns: ['review_number'],
  sqlFile: new URL('./reviewsHeldInTimescalePercent.sql', import.meta.url),
});
