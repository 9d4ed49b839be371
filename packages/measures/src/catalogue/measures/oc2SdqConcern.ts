import { oc2Cohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { OC2_COLUMNS } from './oc2Columns';

export const oc2SdqConcern = defineMeasure({
  id: 'oc2_sdq_concern_percent',
  title: 'Children in care 12 months whose SDQ score is a cause for concern (17 or more)',
  definition: 'Of the children aged 5 to 16 looked after continuously for 12 months with an SDQ score in the year, the percentage whose score is 17 or more, a cause for concern (DfE bands: 0-13 normal, 14-16 borderline, 17-40 concern).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: oc2Cohort,
  numerator: 'children with a score of 17 or more',
  denominator: 'children aged 5 to 16 in the OC2 cohort with an SDQ score',
  periods: ['year'],
  columns: OC2_COLUMNS,
  sqlFile: new URL('./oc2SdqConcern.sql', import.meta.url),
});
