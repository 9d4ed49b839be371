import { ceasedInPeriod } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const ceasedSpecialGuardianshipPercent = defineMeasure({
  id: 'ceased_special_guardianship_percent',
  title: 'Percentage of children leaving care on a special guardianship order',
  definition: 'Of the children who stopped being looked after in the period (year to date in committee papers), the percentage who left care on a special guardianship order (DfE: reasons E45 to E48; each child\'s last time leaving care).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: ceasedInPeriod,
  numerator: 'children whose last cease in the period was a special guardianship order (REC E45, E46, E47 or E48)',
  denominator: 'children who ceased to be looked after in the period (last cease, not X1, not V3/V4)',
  periods: FLOW_PERIODS,
  columns: {
    ceased_on: 'the date of the last cease in the period (DEC)',
    rec: 'the reason ceased (REC) of that cease',
  },
  breakdowns: ['rec'],
  sqlFile: new URL('./ceasedSpecialGuardianshipPercent.sql', import.meta.url),
});
