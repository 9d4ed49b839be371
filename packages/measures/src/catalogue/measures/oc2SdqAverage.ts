import { oc2Cohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { OC2_COLUMNS } from './oc2Columns';

export const oc2SdqAverage = defineMeasure({
  id: 'oc2_sdq_average',
  title: 'Average SDQ score of children in care 12 months',
  definition: 'The average strengths and difficulties questionnaire total difficulties score, in the year, of the children aged 5 to 16 looked after continuously for 12 months at 31 March who had one (DfE publishes it: 14.9 for England in 2025; higher is more difficulty).',
  source: 'DfE',
  unit: 'mean',
  meanOf: 'sdq_score',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: oc2Cohort,
  numerator: 'children aged 5 to 16 in the OC2 cohort with an SDQ score: the mean of their scores',
  denominator: 'the same children',
  periods: ['year'],
  columns: OC2_COLUMNS,
  sqlFile: new URL('./oc2SdqAverage.sql', import.meta.url),
});
