import { lookedAfterAtWithMoves } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { PLACEMENT_RULE } from './placements3Plus';

export const placementMoves3Plus = defineMeasure({
  id: 'placement_moves_3plus_percent',
  title: 'Percentage of children looked after with three or more placement moves in the year',
  definition: `Of the children looked after at the end of the period, the percentage who moved placement three or more times in it (the financial year, or the year to date): moves, not placements, so becoming looked after is not counted and a placement open at the start is not one; ${PLACEMENT_RULE}; short breaks are left out (a local variant, as Thurrock reports it; DfE counts three or more placements).`,
  source: 'local',
  variant: 'moves',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: lookedAfterAtWithMoves,
  numerator: 'children in the denominator with three or more placement moves in the period',
  denominator: 'children looked after at the end of the period (not V3/V4)',
  periods: ['year', 'yearToDate', 'rolling12Months', 'period'],
  columns: {
    moves: 'the number of placement moves in the period',
    move_dates: 'the date of each of those moves, earliest first',
  },
  sqlFile: new URL('./placementMoves3Plus.sql', import.meta.url),
});
