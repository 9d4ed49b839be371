import { inCareWithPlacementAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

export const placements3PlusTwoYears = defineMeasure({
  id: 'placements_3plus_2years_percent',
  title: 'Percentage of children looked after for two years with three or more placements in those two years',
  definition: 'Of the children looked after on the date who had been looked after continuously for at least two years (in one period of care), the percentage who had three or more placements in the two years up to it, counted as for the three-placements-in-a-year measure (DfE stability measures publication, whose exact cohort DfE has not published: careledger takes continuous care).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'pointInTime',
  cohort: inCareWithPlacementAt,
  numerator: 'children in the denominator with three or more placements open in the two years to the date',
  denominator: 'children looked after on the date (not V3/V4) who had been looked after continuously for at least two years',
  periods: ['asAt'],
  columns: {
    period_started: 'the start of the current period of care',
    placements: 'the number of placements open in the two years to the date',
    placement_starts: 'the start date of each of those placements, earliest first',
  },
  sqlFile: new URL('./placements3PlusTwoYears.sql', import.meta.url),
});
