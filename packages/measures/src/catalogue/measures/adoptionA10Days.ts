import { adoptedInPeriod } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
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
    placed_for_adoption_on: 'the date the child was placed for adoption (A3-A6)',
    foster_carers_adopting: 'whether the child was adopted by their foster carers (AD1 FOSTER_CARE)',
    clock_stopped_on: 'the placement for adoption, or, adopted by foster carers, when the child moved in with them',
    days: 'days from entering care to the clock stopping',
  },
  breakdowns: ['foster_carers_adopting'],
  sqlFile: new URL('./adoptionA10Days.sql', import.meta.url),
} as const;

export const adoptionA10Days = defineMeasure({
  ...base,
  id: 'adoption_a10_days',
  title: 'A10: average days between entering care and moving in with the adoptive family, adjusted for foster carer adoptions',
  definition: 'As A1, but where a child was adopted by their foster carers the days run to when the child moved in with those foster carers rather than to when the placement became an adoptive one (adoption scorecard A10, DfE).',
  periods: FLOW_PERIODS,
});

export const adoptionA10DaysThreeYears = defineMeasure({
  ...base,
  id: 'adoption_a10_days_three_year',
  title: 'A10 (three-year average), adjusted for foster carer adoptions',
  definition: 'A10 over the children adopted in the three collection years ending with the year: the days from entering care to moving in with the adoptive family, or with the foster carers who adopted them (adoption scorecard A10, DfE).',
  periods: ['threeYearRolling'],
});
