import { adoptedInPeriod as adopted } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const adoptedInPeriod = defineMeasure({
  id: 'adopted_in_period',
  title: 'Children adopted',
  definition: 'The number of children looked after who were adopted in the period: they stopped being looked after because an adoption order was granted (DfE: reason E11 or E12); year to date in committee papers.',
  source: 'DfE',
  unit: 'count',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: adopted,
  numerator: 'children who ceased with REC E11 or E12 in the period',
  periods: FLOW_PERIODS,
  columns: { adopted_on: 'the date of the adoption (DEC)', rec: 'E11 (application unopposed) or E12 (consent dispensed with)' },
  breakdowns: ['rec'],
  sqlFile: new URL('./adoptedInPeriod.sql', import.meta.url),
});
