import { missingByChild } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const childrenAwayPercent = defineMeasure({
  id: 'children_away_percent',
  title: 'Percentage of children looked after in the period who were away from placement without authorisation',
  definition: 'Of the children looked after by the council at any time in the period, the percentage who were away from their placement without authorisation (whereabouts known, 903 code A) at least once in it, including those already away when it began (DfE definition; children on short breaks left out of both).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: missingByChild,
  numerator: 'children looked after during the period with an away (A) incident that started in the period while looked after, or that was still open on its first day',
  denominator: 'children looked after at any time in the period (an episode, not V3/V4, overlapping it)',
  periods: FLOW_PERIODS,
  columns: {
    first_episode_started: 'the start (DECOM) of the child\'s first episode overlapping the period',
    away_incidents: 'the away (A) incidents that started in the period',
    away_carried_over: 'whether the child was already away on the period\'s first day',
  },
  sqlFile: new URL('./childrenAwayPercent.sql', import.meta.url),
});
