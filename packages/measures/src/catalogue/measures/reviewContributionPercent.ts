import { reviewOccasions } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { REVIEW_PARTICIPATION_COLUMNS } from './reviewColumns';

export const reviewContributionPercent = defineMeasure({
  id: 'review_contribution_percent',
  title: 'Reviews where the child contributed their views (aged 4 and over)',
  definition: 'Of the looked-after reviews held in the period for children aged 4 and over on the day, the percentage where the child conveyed their views (PN1, PN2, PN3, PN5 or PN6): a child who attended without contributing (PN4) has not participated in this reading (Thurrock D5, 71%). Reviews with no participation recorded stay in the denominator.',
  source: 'local',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: reviewOccasions,
  counts: 'reviews',
  numerator: 'reviews coded PN1, PN2, PN3, PN5 or PN6',
  denominator: 'reviews held in the period of children aged 4 and over (not PN0), recorded or not',
  variant: 'excludingPn4',
  periods: FLOW_PERIODS,
  columns: REVIEW_PARTICIPATION_COLUMNS,
  breakdowns: ['review_code'],
  sqlFile: new URL('./reviewContributionPercent.sql', import.meta.url),
});
