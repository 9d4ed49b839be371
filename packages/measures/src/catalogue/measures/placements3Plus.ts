import { lookedAfterAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

export const placements3Plus = defineMeasure({
  id: 'placements_3plus_percent',
  title: 'Percentage of children looked after with three or more placements during the year',
  definition: 'Of the children looked after on the date (31 March for the DfE figure), the percentage who had three or more placements in the twelve months up to it, counting placements already open at the start and still open at the end; a change of legal status alone is not a placement, nor is being placed for adoption with the current foster carers; placements lasting less than a day and short breaks are left out (DfE definition).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'pointInTime',
  cohort: lookedAfterAt,
  numerator: 'children with three or more placements open on at least one night of the twelve months to the date',
  denominator: 'children looked after on the date (not V3/V4)',
  periods: ['asAt'],
  columns: {
    placements: 'the number of placements open in the twelve months to the date',
    placement_starts: 'the start date of each of those placements, earliest first',
  },
  sqlFile: new URL('./placements3Plus.sql', import.meta.url),
});
