import { oc2Cohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { OC2_COLUMNS } from './oc2Columns';

export const oc2HealthAssessment = defineMeasure({
  id: 'oc2_health_assessment_percent',
  title: 'Children in care 12 months with their health assessments up to date',
  definition: 'Of the children looked after continuously for 12 months at 31 March (the OC2 cohort), the percentage whose health assessments were up to date in the year: two for a child under 5, one from 5; an assessment declined counts as not done (DfE definition).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: oc2Cohort,
  numerator: 'children whose health assessments were carried out',
  denominator: 'children in the OC2 cohort',
  periods: ['year'],
  columns: OC2_COLUMNS,
  sqlFile: new URL('./oc2HealthAssessment.sql', import.meta.url),
});
