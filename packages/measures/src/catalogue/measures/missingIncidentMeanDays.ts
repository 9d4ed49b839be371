import { missingIncidents } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const missingIncidentMeanDays = defineMeasure({
  id: 'missing_incident_mean_days',
  title: 'Average length in days of missing incidents that started in the period',
  definition: 'Of the times children looked after by the council went missing (903 code M) in the period and had come back by its end, the average number of days they were missing, in whole days. DfE counts durations in days, so a few hours is 1 day; careledger counts every calendar day the incident touched, so back the same evening is 1 day and back the next morning 2 (incidents still open at the end are listed but not averaged; short breaks and incidents after leaving care left out).',
  source: 'local',
  unit: 'days',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: missingIncidents,
  counts: 'missingIncidents',
  numerator: 'missing (M) incidents that started in the period while looked after (not V3/V4) and had ended by its end: the mean of their days',
  denominator: 'missing (M) incidents that started in the period, open or ended',
  periods: FLOW_PERIODS,
  columns: {
    mis_start: 'the date the incident started (MIS_START)',
    mis_end: 'the date it ended (MIS_END), blank when still open at the period\'s end',
    days: 'its length: the calendar days from MIS_START to MIS_END, both included; blank when open',
    place: 'the placement type (PLACE) the child went missing from',
  },
  sqlFile: new URL('./missingIncidentMeanDays.sql', import.meta.url),
});
