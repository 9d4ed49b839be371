import { initialHealthAssessments } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { IHA_DATE_COLUMNS } from './initialHealthAssessmentColumns';

export const ihaCompletedWithin20WorkingDays = defineMeasure({
  id: 'iha_completed_within_20_working_days_percent',
  title: 'Initial health assessments completed within 20 working days of entering care',
  definition: 'Of the children who started to be looked after in the period (their first start; short breaks left out) and were still looked after 20 working days later, the percentage whose initial health assessment was carried out on or before the 20th working day after the start (weekends and England and Wales bank holidays not counted; the start day is not a working day of the clock). Children who left care on or before that day are left out: the assessment was not yet due while they were in care. An assessment not recorded counts as not done. The 20 working days are the statutory timescale (Promoting the health and well-being of looked-after children, 2015); the measure is local, DfE publishes no such figure. Recent periods are provisional: a child whose 20th working day has not yet come counts as not done until it is recorded.',
  source: 'local',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: initialHealthAssessments,
  numerator: 'children whose first IHA in the period of care was carried out on or before their due date',
  denominator: 'children who started to be looked after in the period, not on a short break, and had not left care by their due date',
  periods: FLOW_PERIODS,
  columns: {
    ...IHA_DATE_COLUMNS,
    ended_on: 'the date the period of care ended, blank while the child is looked after',
    in_care_20_working_days: 'whether the child was still looked after on the due date (the base)',
    completed_within_20_working_days: 'whether the assessment was carried out on or before the due date',
  },
  sqlFile: new URL('./ihaCompletedWithin20WorkingDays.sql', import.meta.url),
});
