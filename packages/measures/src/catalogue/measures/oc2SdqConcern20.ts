import { oc2Cohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { OC2_COLUMNS } from './oc2Columns';

export const oc2SdqConcern20 = defineMeasure({
  id: 'oc2_sdq_concern_20_percent',
  title: 'Children in care 12 months with an SDQ score of 20 or more',
  definition: 'As the DfE SDQ concern measure with the threshold some councils report: of the children aged 5 to 16 looked after continuously for 12 months with an SDQ score in the year, the percentage whose score is 20 or more (the "very high" band; Cheshire East P3.4).',
  source: 'local',
  variant: 'sdqConcern20',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: oc2Cohort,
  numerator: 'children with a score of 20 or more',
  denominator: 'children aged 5 to 16 in the OC2 cohort with an SDQ score',
  periods: ['year'],
  columns: OC2_COLUMNS,
  sqlFile: new URL('./oc2SdqConcern20.sql', import.meta.url),
});
