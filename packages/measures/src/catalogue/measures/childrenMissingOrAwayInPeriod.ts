import { missingByChild } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const childrenMissingOrAwayInPeriod = defineMeasure({
  id: 'children_missing_or_away_in_period',
  title: 'Children looked after who went missing or were away without authorisation in the period',
  definition: 'The number of children looked after by the council who went missing (903 code M) or were away from their placement without authorisation (code A) in the period, each child once whatever the type and however many times, including a child already missing or away when the period began (short breaks and incidents after leaving care left out; both together, so a council\'s choice between recording M and A does not change it).',
  source: 'local',
  variant: 'missingOrAway',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: missingByChild,
  numerator: 'children looked after during the period with a missing (M) or away (A) incident that started in the period while looked after (not V3/V4), or that was still open on its first day',
  periods: FLOW_PERIODS,
  columns: {
    missing_incidents: 'the missing (M) incidents that started in the period',
    away_incidents: 'the away (A) incidents that started in the period',
    carried_over: 'whether the child was already missing or away on the period\'s first day',
  },
  sqlFile: new URL('./childrenMissingOrAwayInPeriod.sql', import.meta.url),
});
