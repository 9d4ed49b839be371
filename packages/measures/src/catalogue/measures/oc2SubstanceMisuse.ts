import { oc2Cohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { OC2_COLUMNS } from './oc2Columns';

export const oc2SubstanceMisuse = defineMeasure({
  id: 'oc2_substance_misuse_percent',
  title: 'Children in care 12 months identified as having a substance misuse problem',
  definition: 'Of the children looked after continuously for 12 months at 31 March, the percentage identified as having a substance misuse problem in the year (DfE definition).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: oc2Cohort,
  numerator: 'children with substance misuse identified in the year',
  denominator: 'children in the OC2 cohort',
  periods: ['year'],
  columns: OC2_COLUMNS,
  sqlFile: new URL('./oc2SubstanceMisuse.sql', import.meta.url),
});
