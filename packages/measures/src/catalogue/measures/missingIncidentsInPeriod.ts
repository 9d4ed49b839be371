import { missingIncidents } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const missingIncidentsInPeriod = defineMeasure({
  id: 'missing_incidents_in_period',
  title: 'Missing and away incidents that started in the period',
  definition: 'The number of times children looked after by the council went missing (whereabouts not known, 903 code M) or were away from their placement without authorisation (whereabouts known, code A) in the period, counting each incident in the period it started; incidents while on a short break or after leaving care are left out (DfE definition, broken down by type, placement and age at the start).',
  source: 'DfE',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: missingIncidents,
  counts: 'missingIncidents',
  numerator: 'missing (M) and away (A) incidents that started in the period while the child was looked after (an episode, not V3/V4, open on the start date); one carried over from before the period is counted in the period it started',
  periods: FLOW_PERIODS,
  columns: {
    missing_type: 'M missing or A away without authorisation, as the incident was recorded',
    mis_start: 'the date the incident started (MIS_START)',
    mis_end: 'the date it ended (MIS_END), blank when still open at the period\'s end',
    place: 'the placement type (PLACE) the child went missing from: the episode open on the start date',
    age_at_start: 'the child\'s age in whole years on the start date',
    age_group: 'that age in DfE\'s groups: Under 1, 1 to 4 years, 5 to 9 years, 10 to 15 years, 16 years and over',
  },
  breakdowns: ['missing_type', 'place', 'age_group'],
  sqlFile: new URL('./missingIncidentsInPeriod.sql', import.meta.url),
});
