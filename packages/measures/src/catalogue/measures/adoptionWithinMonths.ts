import { adoptedInPeriod } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

const columns = {
  entered_care_on: 'the start of the final period of care',
  placed_for_adoption_on: 'the date the child moved in with the adoptive family',
} as const;

export const adoptionWithin14Months = defineMeasure({
  id: 'adoption_within_14_months_percent',
  title: 'Percentage of adopted children who moved in with their adoptive family within 14 months of entering care',
  definition: 'Of the children adopted in the period with a placement for adoption recorded, the percentage who moved in with their adoptive family less than 14 months after entering care (calendar months from the start of the final period of care; adoption scorecard A3, DfE).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: adoptedInPeriod,
  numerator: 'children placed for adoption less than 14 months after entering care',
  denominator: 'children adopted in the period with a placement for adoption recorded',
  periods: FLOW_PERIODS,
  columns,
  sqlFile: new URL('./adoptionWithin14Months.sql', import.meta.url),
});

export const adoptionWithin16Months = defineMeasure({
  id: 'adoption_within_16_months_percent',
  title: 'Percentage of adopted children who moved in with their adoptive family within 16 months of entering care (the former threshold)',
  definition: 'As the 14-month measure with the threshold the adoption scorecard used before 2014: of the children adopted in the period with a placement for adoption recorded, the percentage who moved in with their adoptive family less than 16 months after entering care.',
  source: 'DfE',
  variant: 'sixteenMonths',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: adoptedInPeriod,
  numerator: 'children placed for adoption less than 16 months after entering care',
  denominator: 'children adopted in the period with a placement for adoption recorded',
  periods: FLOW_PERIODS,
  columns,
  sqlFile: new URL('./adoptionWithin16Months.sql', import.meta.url),
});
