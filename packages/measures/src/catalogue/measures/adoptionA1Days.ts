import { adoptedInPeriod } from '../cohorts';
import { defineMeasure, type Measure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

const base = {
  source: 'DfE',
  unit: 'days',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: adoptedInPeriod,
  numerator: 'children adopted in the period with a placement for adoption recorded: the mean of their days',
  denominator: 'children adopted in the period',
  columns: {
    entered_care_on: 'the start of the final period of care',
    placed_for_adoption_on: 'the date the child moved in with the adoptive family (the first episode placed for adoption, A3-A6)',
    adopted_on: 'the date of the adoption',
    days: 'days from entering care to moving in with the adoptive family',
  },
  sqlFile: new URL('./adoptionA1Days.sql', import.meta.url),
} as const;

export const adoptionA1Days = defineMeasure({
  ...base,
  id: 'adoption_a1_days',
  title: 'A1: average days between entering care and moving in with the adoptive family',
  definition: 'For the children adopted in the period, the average number of days between entering care (the start of the period of care that ended in the adoption) and moving in with their adoptive family (adoption scorecard A1, DfE; the scorecard averages three years: see the three-year measure).',
  periods: FLOW_PERIODS,
});

export const adoptionA1DaysThreeYears: Measure = defineMeasure({
  ...base,
  id: 'adoption_a1_days_three_year',
  title: 'A1 (three-year average): days between entering care and moving in with the adoptive family',
  definition: 'For the children adopted in the three collection years ending with the year, the average number of days between entering care (the start of the period of care that ended in the adoption) and moving in with their adoptive family (adoption scorecard A1, DfE; threshold 426 days, 14 months, for 2013-16).',
  periods: ['threeYearRolling'],
});
