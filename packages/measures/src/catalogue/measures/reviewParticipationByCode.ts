import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { REVIEW_PARTICIPATION_COLUMNS } from './reviewColumns';

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
  columns: REVIEW_PARTICIPATION_COLUMNS,
  breakdowns: ['review_code'],
  sqlFile: new URL('./reviewParticipationByCode.sql', import.meta.url),
});
