import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { REVIEW_PARTICIPATION_COLUMNS } from './reviewColumns';

export const reviewParticipationNotRecordedPercent = defineMeasure({
  id: 'review_participation_not_recorded_percent',
  title: 'Reviews with the child\'s participation not recorded (aged 4 and over)',
  definition: 'Of the looked-after reviews held in the period for children aged 4 and over on the day, the percentage with no participation code recorded (Worcestershire W-05): the recording gap behind a fall in participation.',
  source: 'local',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'reviews with no participation code',
  denominator: 'reviews held in the period of children aged 4 and over (not PN0), recorded or not',
  periods: FLOW_PERIODS,
  columns: REVIEW_PARTICIPATION_COLUMNS,
  sqlFile: new URL('./reviewParticipationNotRecordedPercent.sql', import.meta.url),
});
