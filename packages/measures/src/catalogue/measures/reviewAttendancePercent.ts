import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { REVIEW_PARTICIPATION_COLUMNS } from './reviewColumns';

export const reviewAttendancePercent = defineMeasure({
  id: 'review_attendance_percent',
  title: 'Reviews the child attended (aged 4 and over)',
  definition: 'Of the looked-after reviews held in the period for children aged 4 and over on the day, the percentage the child attended in person (PN1 to PN4; Worcestershire W-06). Reviews with no participation recorded stay in the denominator.',
  source: 'local',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'reviews coded PN1 to PN4',
  denominator: 'reviews held in the period of children aged 4 and over (not PN0), recorded or not',
  periods: FLOW_PERIODS,
  columns: REVIEW_PARTICIPATION_COLUMNS,
  breakdowns: ['review_code'],
  sqlFile: new URL('./reviewAttendancePercent.sql', import.meta.url),
});
