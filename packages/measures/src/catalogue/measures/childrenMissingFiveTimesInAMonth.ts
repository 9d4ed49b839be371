import { missingByChild } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const childrenMissingFiveTimesInAMonth = defineMeasure({
  id: 'children_missing_5_plus_in_a_month',
  title: 'Children looked after who went missing 5 times or more in a single month',
  definition: 'The number of children looked after by the council who went missing (903 code M) 5 times or more within one calendar month of the period, each incident counted in the month it started (Cheshire East\'s quarterly reading, "5 or more times in any month in that quarter"; short breaks and incidents after leaving care left out).',
  source: 'local',
  variant: 'fiveOrMoreInAMonth',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: missingByChild,
  numerator: 'children with 5 or more missing (M) incidents starting in one calendar month of the period (the part of a month inside the period) while looked after, not V3/V4',
  periods: FLOW_PERIODS,
  columns: {
    missing_incidents: 'the missing (M) incidents that started in the period',
    most_missing_in_a_month: 'the most of them that started in one calendar month',
    busiest_month: 'that month (YYYY-MM; the earliest when months tie)',
  },
  sqlFile: new URL('./childrenMissingFiveTimesInAMonth.sql', import.meta.url),
});
