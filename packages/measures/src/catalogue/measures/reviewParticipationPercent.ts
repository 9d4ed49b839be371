import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { REVIEW_PARTICIPATION_COLUMNS } from './reviewColumns';

export const reviewParticipationPercent = defineMeasure({
  id: 'review_participation_percent',
  title: 'Reviews where the child participated (aged 4 and over)',
  definition: 'Of the looked-after reviews held in the period for children aged 4 and over on the day, the percentage where the child participated, in person, through an advocate or by another means (PN1 to PN6). Reviews with no participation recorded stay in the denominator (Worcestershire W-04, Cheshire East C-04).',
  source: 'local',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'reviews coded PN1 to PN6',
  denominator: 'reviews held in the period of children aged 4 and over (not PN0), recorded or not',
  periods: FLOW_PERIODS,
  columns: REVIEW_PARTICIPATION_COLUMNS,
  breakdowns: ['review_code'],
  sqlFile: new URL('./reviewParticipationPercent.sql', import.meta.url),
});
