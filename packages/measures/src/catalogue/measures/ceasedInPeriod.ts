import { ceasedInPeriod as ceasedCohort } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const ceasedInPeriod = defineMeasure({
  id: 'ceased_in_period',
  title: 'Children who ceased to be looked after in the period, by reason',
  definition: 'The number of children who stopped being looked after by the council in the period, counting only the last time each child left care, broken down by the reason they left (DfE definition; short breaks left out).',
  source: 'DfE',
  unit: 'count',
  polarity: 'neutral',
  timing: 'flow',
  cohort: ceasedCohort,
  numerator: 'children with an episode (not V3/V4) ending in the period for a reason other than X1, at their last such cease',
  periods: FLOW_PERIODS,
  columns: {
    ceased_on: 'the date of the last cease in the period (DEC)',
    rec: 'the reason ceased (REC), or "Not recorded" for a DEC left without one',
    ls: 'legal status (LS) on ceasing',
    period_started: 'the start of the period of care that ended',
  },
  breakdowns: ['rec'],
  sqlFile: new URL('./ceasedInPeriod.sql', import.meta.url),
});
