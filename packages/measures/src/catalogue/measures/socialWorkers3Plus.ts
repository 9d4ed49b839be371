import { lookedAfterAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

export const socialWorkers3Plus = defineMeasure({
  id: 'social_workers_3plus_percent',
  title: 'Percentage of children looked after with three or more social workers during the year',
  definition: 'Of the children looked after on the date (31 March for the DfE figure), the percentage who had three or more different social workers (903 SW_ID) in the twelve months up to it, counting workers allocated before the twelve months and still allocated in them, and time when the child was not looked after; a worker allocated twice counts once; short breaks are left out (DfE social worker stability).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'pointInTime',
  cohort: lookedAfterAt,
  numerator: 'children with three or more different social workers allocated on at least one day of the twelve months to the date',
  denominator: 'children looked after on the date (not V3/V4)',
  periods: ['asAt'],
  columns: {
    social_workers: 'the number of different social workers allocated in the twelve months to the date',
    allocated_from: 'for each of those workers, the day their allocation began (the first, if allocated more than once), earliest first',
  },
  sqlFile: new URL('./socialWorkers3Plus.sql', import.meta.url),
});
