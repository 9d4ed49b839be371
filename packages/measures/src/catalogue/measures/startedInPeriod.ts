import { startedInPeriod as startedCohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const startedInPeriod = defineMeasure({
  id: 'started_in_period',
  title: 'Children who started to be looked after in the period',
  definition: 'The number of children who started to be looked after by the council in the period, counting only the first time each child started (DfE definition; short breaks left out).',
  source: 'DfE',
  unit: 'count',
  polarity: 'neutral',
  timing: 'flow',
  cohort: startedCohort,
  numerator: 'children with an episode starting a period of care (RNE S, not V3/V4) dated in the period, at their first such start',
  periods: FLOW_PERIODS,
  columns: {
    started_on: 'the date of the first start in the period (DECOM)',
    ls: 'legal status (LS) on starting',
    cin: 'category of need (CIN) on starting',
    place: 'placement type (PLACE) on starting',
  },
  breakdowns: ['ls', 'cin'],
  sqlFile: new URL('./startedInPeriod.sql', import.meta.url),
});
