import { oc2Cohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { OC2_COLUMNS } from './oc2Columns';

export const oc2SdqCompleted = defineMeasure({
  id: 'oc2_sdq_completed_percent',
  title: 'Children aged 5 to 16 in care 12 months with an SDQ score',
  definition: 'Of the children aged 5 to 16 at 31 March looked after continuously for 12 months, the percentage with a strengths and difficulties questionnaire score in the year (DfE publishes ages 5 to 16; the return asks for ages 4 to 16, rule 186).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: oc2Cohort,
  numerator: 'children aged 5 to 16 with an SDQ score',
  denominator: 'children in the OC2 cohort aged 5 to 16',
  periods: ['year'],
  columns: OC2_COLUMNS,
  sqlFile: new URL('./oc2SdqCompleted.sql', import.meta.url),
});
