import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const reviewParticipationByCode = defineMeasure({
  id: 'review_participation_by_code',
  title: 'Reviews held by the child\'s participation',
  definition: 'The looked-after reviews held in the period, by how the child participated (903 REVIEW_CODE PN0 to PN7), with reviews whose participation was not recorded shown as their own category, "Not recorded".',
  source: 'DfE',
  unit: 'count',
  polarity: 'neutral',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'reviews held in the period',
  periods: FLOW_PERIODS,
  columns: {
    held_on: 'the date the review was held',
    review_code: 'the participation code (PN0-PN7), blank when not recorded',
    age_at_review: 'the child\'s age on the day',
  },
  breakdowns: ['review_code'],
  sqlFile: new URL('./reviewParticipationByCode.sql', import.meta.url),
});
