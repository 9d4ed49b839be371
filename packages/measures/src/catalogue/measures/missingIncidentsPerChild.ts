import { missingByChild } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const missingIncidentsPerChild = defineMeasure({
  id: 'missing_incidents_per_child',
  title: 'Missing incidents per child who went missing in the period',
  definition: 'Of the children looked after by the council who went missing (903 code M) in the period, the average number of times each went missing in it, to one decimal place (DfE\'s incidents per child; each incident counted in the period it started; short breaks and incidents after leaving care left out).',
  source: 'DfE',
  unit: 'mean',
  meanOf: 'missing_incidents',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: missingByChild,
  numerator: 'the missing (M) incidents that started in the period while looked after (not V3/V4)',
  denominator: 'children with at least one such incident (a child only carried over into the period from an earlier incident is not among them)',
  periods: FLOW_PERIODS,
  columns: {
    missing_incidents: 'the missing (M) incidents of the child that started in the period',
    first_missing_start: 'the start of the first of them',
  },
  sqlFile: new URL('./missingIncidentsPerChild.sql', import.meta.url),
});
