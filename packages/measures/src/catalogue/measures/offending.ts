import { lookedAfterDuring } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const offencesInPeriod = defineMeasure({
  id: 'offences_in_period',
  title: 'Offences by children looked after',
  definition: 'The number of offences (convictions, final warnings, reprimands or youth cautions recorded) dated in the period, by children looked after during it; a child with two counts twice (a local measure, Cheshire East P5.4).',
  source: 'local',
  counts: 'offences',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: lookedAfterDuring,
  numerator: 'offences recorded with a date in the period',
  periods: FLOW_PERIODS,
  columns: { offence_on: 'the date of the offence outcome', offence_outcome: 'what was recorded (conviction or caution)' },
  breakdowns: ['offence_outcome'],
  sqlFile: new URL('./offencesInPeriod.sql', import.meta.url),
});

export const childrenOffending = defineMeasure({
  id: 'children_offending_in_period',
  title: 'Children looked after who offended',
  definition: 'The number of children looked after during the period with at least one offence (conviction or youth caution) dated in it (a local measure, Cheshire East P5.6).',
  source: 'local',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: lookedAfterDuring,
  numerator: 'children with an offence dated in the period',
  periods: FLOW_PERIODS,
  columns: { offences: 'offences dated in the period', first_offence_on: 'the first of them' },
  sqlFile: new URL('./childrenOffending.sql', import.meta.url),
});
