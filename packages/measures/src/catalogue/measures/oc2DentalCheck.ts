import { oc2Cohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { OC2_COLUMNS } from './oc2Columns';

export const oc2DentalCheck = defineMeasure({
  id: 'oc2_dental_check_percent',
  title: 'Children in care 12 months whose teeth were checked by a dentist',
  definition: 'Of the children looked after continuously for 12 months at 31 March, the percentage whose teeth were checked by a dentist in the year (DfE definition, all ages).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: oc2Cohort,
  numerator: 'children with a dental check in the year',
  denominator: 'children in the OC2 cohort',
  periods: ['year'],
  columns: OC2_COLUMNS,
  sqlFile: new URL('./oc2DentalCheck.sql', import.meta.url),
});
