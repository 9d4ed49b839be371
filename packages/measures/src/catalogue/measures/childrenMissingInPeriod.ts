import { missingByChild } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const childrenMissingInPeriod = defineMeasure({
  id: 'children_missing_in_period',
  title: 'Children looked after who went missing in the period',
  definition: 'The number of children looked after by the council who went missing (whereabouts not known, 903 code M) in the period, counting each child once however many times, and including a child already missing when the period began (DfE definition; short breaks and incidents after leaving care left out; away without authorisation is a separate measure).',
  source: 'DfE',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: missingByChild,
  numerator: 'children looked after during the period with a missing (M) incident that started in the period while looked after (not V3/V4), or that started before it and was still open on its first day',
  periods: FLOW_PERIODS,
  columns: {
    missing_incidents: 'the missing (M) incidents that started in the period',
    first_missing_start: 'the start of the first of them, blank when none started in the period',
    missing_carried_over: 'whether the child was already missing on the period\'s first day',
  },
  sqlFile: new URL('./childrenMissingInPeriod.sql', import.meta.url),
});
