import { oc2Cohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { OC2_COLUMNS } from './oc2Columns';

export const oc2Convictions = defineMeasure({
  id: 'oc2_convictions_percent',
  title: 'Children aged 10 to 17 in care 12 months convicted or given a youth caution',
  definition: 'Of the children aged 10 to 17 at 31 March looked after continuously for 12 months, the percentage convicted or given a final warning, reprimand or youth caution in the year (DfE definition).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: oc2Cohort,
  numerator: 'children convicted or cautioned in the year',
  denominator: 'children in the OC2 cohort aged 10 to 17',
  periods: ['year'],
  columns: OC2_COLUMNS,
  sqlFile: new URL('./oc2Convictions.sql', import.meta.url),
});
