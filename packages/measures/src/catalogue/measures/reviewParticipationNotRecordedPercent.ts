import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

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
  columns: {
    held_on: 'the date the review was held',
    review_code: 'the participation code (PN0-PN7), blank when not recorded',
    age_at_review: 'the child\'s age on the day',
  },
  sqlFile: new URL('./reviewParticipationNotRecordedPercent.sql', import.meta.url),
});
