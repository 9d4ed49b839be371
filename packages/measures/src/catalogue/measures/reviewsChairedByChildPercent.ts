import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const reviewsChairedByChildPercent = defineMeasure({
  id: 'reviews_chaired_by_child_percent',
  title: 'Reviews chaired or co-chaired by the child',
  definition: 'Of the looked-after reviews held in the period, the percentage the child chaired or co-chaired (Cheshire East P1.3). A review with no record of who chaired it counts as not chaired by the child.',
  source: 'local',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'reviews recorded as chaired or co-chaired by the child',
  denominator: 'reviews held in the period',
  periods: FLOW_PERIODS,
  columns: {
    held_on: 'the date the review was held',
    chaired_by_child: 'whether the child chaired or co-chaired it, blank when not recorded',
    age_at_review: 'the child\'s age on the day',
  },
  sqlFile: new URL('./reviewsChairedByChildPercent.sql', import.meta.url),
});
