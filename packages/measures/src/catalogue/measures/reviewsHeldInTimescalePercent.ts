import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { REVIEW_CLOCK_COLUMNS, REVIEW_CLOCK_TEXT } from './reviewColumns';

export const reviewsHeldInTimescalePercent = defineMeasure({
  id: 'reviews_held_in_timescale_percent',
  title: 'Looked-after reviews held in timescale (of reviews held)',
  definition: `Of the looked-after reviews held in the period, the percentage held on or before the date they were due: ${REVIEW_CLOCK_TEXT}. Reviews due but not held are not in this figure (Worcestershire W-03, Cheshire East P1.2); the figure of reviews due counts them.`,
  source: 'local',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'reviews held in the period on or before their due date',
  denominator: 'reviews held in the period',
  periods: FLOW_PERIODS,
  columns: REVIEW_CLOCK_COLUMNS,
  breakdowns: ['review_number'],
  sqlFile: new URL('./reviewsHeldInTimescalePercent.sql', import.meta.url),
});
