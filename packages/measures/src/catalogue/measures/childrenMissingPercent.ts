import { missingByChild } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const childrenMissingPercent = defineMeasure({
  id: 'children_missing_percent',
  title: 'Percentage of children looked after in the period who went missing',
  definition: 'Of the children looked after by the council at any time in the period, the percentage who went missing (whereabouts not known, 903 code M) at least once in it, including those already missing when it began (DfE definition; children on short breaks left out of both, and incidents on a short break or after leaving care not counted).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: missingByChild,
  numerator: 'children looked after during the period with a missing (M) incident that started in the period while looked after, or that was still open on its first day',
  denominator: 'children looked after at any time in the period (an episode, not V3/V4, overlapping it)',
  periods: FLOW_PERIODS,
  columns: {
    first_episode_started: 'the start (DECOM) of the child\'s first episode overlapping the period',
    missing_incidents: 'the missing (M) incidents that started in the period',
    missing_carried_over: 'whether the child was already missing on the period\'s first day',
  },
  sqlFile: new URL('./childrenMissingPercent.sql', import.meta.url),
});
