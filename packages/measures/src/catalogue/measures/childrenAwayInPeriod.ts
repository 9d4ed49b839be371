import { missingByChild } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const childrenAwayInPeriod = defineMeasure({
  id: 'children_away_in_period',
  title: 'Children looked after who were away from placement without authorisation in the period',
  definition: 'The number of children looked after by the council who were away from their placement without authorisation (whereabouts known, 903 code A) in the period, counting each child once however many times, and including a child already away when the period began (DfE definition; short breaks and incidents after leaving care left out).',
  source: 'DfE',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: missingByChild,
  numerator: 'children looked after during the period with an away (A) incident that started in the period while looked after (not V3/V4), or that started before it and was still open on its first day',
  periods: FLOW_PERIODS,
  columns: {
    away_incidents: 'the away (A) incidents that started in the period',
    first_away_start: 'the start of the first of them, blank when none started in the period',
    away_carried_over: 'whether the child was already away on the period\'s first day',
  },
  sqlFile: new URL('./childrenAwayInPeriod.sql', import.meta.url),
});
