import { oc2Cohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { OC2_COLUMNS } from './oc2Columns';

export const oc2DevelopmentAssessment = defineMeasure({
  id: 'oc2_development_assessment_percent',
  title: 'Children under 5 in care 12 months with development assessments up to date',
  definition: 'Of the children under 5 at 31 March looked after continuously for 12 months, the percentage whose development assessment was carried out in the year (DfE definition).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: oc2Cohort,
  numerator: 'children under 5 with a development assessment in the year',
  denominator: 'children in the OC2 cohort aged under 5',
  periods: ['year'],
  columns: OC2_COLUMNS,
  sqlFile: new URL('./oc2DevelopmentAssessment.sql', import.meta.url),
});
