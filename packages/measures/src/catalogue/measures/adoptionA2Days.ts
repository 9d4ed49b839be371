import { adoptedInPeriod } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

const base = {
  source: 'DfE',
  unit: 'days',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: adoptedInPeriod,
  numerator: 'children adopted in the period who had a placement or freeing order, were placed for adoption and were matched: the mean of their days',
  denominator: 'the same children (others adopted in the period are listed, outside it)',
  columns: {
    court_authority_on: 'the court authority to place: the first episode of the final period with LS E1 (placement order) or D1 (freeing order)',
    matched_on: 'the match with the adopters (AD1 DATE_MATCH)',
    placed_for_adoption_on: 'the date placed for adoption',
    days: 'days from the authority to the match; 0 when the match came first',
  },
  sqlFile: new URL('./adoptionA2Days.sql', import.meta.url),
} as const;

export const adoptionA2Days = defineMeasure({
  ...base,
  id: 'adoption_a2_days',
  title: 'A2: average days between the court authority to place and the match with an adoptive family',
  definition: 'For the children adopted in the period, the average number of days between the council receiving court authority to place the child for adoption and deciding on a match with adopters; children with no placement or freeing order, or not placed for adoption before the adoption order, are left out, and a match before the authority counts as 0 days (adoption scorecard A2, DfE).',
  periods: FLOW_PERIODS,
});

export const adoptionA2DaysThreeYears = defineMeasure({
  ...base,
  id: 'adoption_a2_days_three_year',
  title: 'A2 (three-year average): days between the court authority to place and the match',
  definition: 'A2 over the children adopted in the three collection years ending with the year (adoption scorecard A2, DfE; threshold 121 days, 4 months, for 2013-16).',
  periods: ['threeYearRolling'],
});
