import { ceasedInPeriod } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const ceasedAdoptedPercent = defineMeasure({
  id: 'ceased_adopted_percent',
  title: 'Percentage of children leaving care who were adopted',
  definition: 'Of the children who stopped being looked after in the period (year to date in committee papers), the percentage who left care because they were adopted (DfE: reason E11 or E12; each child\'s last time leaving care).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: ceasedInPeriod,
  numerator: 'children whose last cease in the period was an adoption (REC E11 or E12)',
  denominator: 'children who ceased to be looked after in the period (last cease, not X1, not V3/V4)',
  periods: FLOW_PERIODS,
  columns: {
    ceased_on: 'the date of the last cease in the period (DEC)',
    rec: 'the reason ceased (REC) of that cease',
  },
  breakdowns: ['rec'],
  sqlFile: new URL('./ceasedAdoptedPercent.sql', import.meta.url),
});
