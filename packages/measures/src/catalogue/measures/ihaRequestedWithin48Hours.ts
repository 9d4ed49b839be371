import { initialHealthAssessments } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { IHA_DATE_COLUMNS } from './initialHealthAssessmentColumns';

export const ihaRequestedWithin48Hours = defineMeasure({
  id: 'iha_requested_within_48_hours_percent',
  title: 'Initial health assessments requested within 48 hours of entering care',
  definition: 'Of the children who started to be looked after in the period (their first start; short breaks left out), the percentage whose initial health assessment the council requested from health within 2 calendar days of the start (on the day or the two days after). A child with no request recorded in that period of care counts as not requested in time; children who left care within the 2 days stay in the figure. Local measure: the statutory guidance says "promptly", the 48 hours is a local KPI; DfE publishes no such figure.',
  source: 'local',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'flow',
  cohort: initialHealthAssessments,
  numerator: 'children whose first IHA request in the period of care is dated no more than 2 days after the start',
  denominator: 'children who started to be looked after in the period, not on a short break',
  periods: FLOW_PERIODS,
  columns: {
    ...IHA_DATE_COLUMNS,
    requested_within_2_days: 'whether the request was made within 2 calendar days of the start',
  },
  sqlFile: new URL('./ihaRequestedWithin48Hours.sql', import.meta.url),
});
