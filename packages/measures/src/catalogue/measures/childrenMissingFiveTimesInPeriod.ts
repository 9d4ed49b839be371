import { missingByChild } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const childrenMissingFiveTimesInPeriod = defineMeasure({
  id: 'children_missing_5_plus_in_period',
  title: 'Children looked after who went missing 5 times or more in the period',
  definition: 'The number of children looked after by the council who went missing (903 code M) 5 times or more in the period, in whatever months, each incident counted in the period it started (Cheshire East\'s annual reading over a year; short breaks and incidents after leaving care left out).',
  source: 'local',
  variant: 'fiveOrMoreInThePeriod',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: missingByChild,
  numerator: 'children with 5 or more missing (M) incidents starting in the period while looked after, not V3/V4',
  periods: FLOW_PERIODS,
  columns: {
    missing_incidents: 'the missing (M) incidents that started in the period',
    first_missing_start: 'the start of the first of them',
  },
  sqlFile: new URL('./childrenMissingFiveTimesInPeriod.sql', import.meta.url),
});
