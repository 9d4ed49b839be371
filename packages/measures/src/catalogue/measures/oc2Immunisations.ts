import { oc2Cohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { OC2_COLUMNS } from './oc2Columns';

export const oc2Immunisations = defineMeasure({
  id: 'oc2_immunisations_percent',
  title: 'Children in care 12 months with immunisations up to date',
  definition: 'Of the children looked after continuously for 12 months at 31 March, the percentage whose immunisations were up to date at their latest review (DfE definition; a child whose immunisations were never reviewed counts as not up to date).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: oc2Cohort,
  numerator: 'children whose latest immunisation review said up to date',
  denominator: 'children in the OC2 cohort',
  periods: ['year'],
  columns: OC2_COLUMNS,
  sqlFile: new URL('./oc2Immunisations.sql', import.meta.url),
});
