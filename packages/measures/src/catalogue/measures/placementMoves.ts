import { placementMovesInPeriod } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';
import { PLACEMENT_RULE } from './placements3Plus';

export const placementMoves = defineMeasure({
  id: 'placement_moves',
  title: 'Placement moves in the period',
  definition: `The number of times children looked after moved placement in the period: each move to a new placement counts once (a child moving twice counts twice) and becoming looked after is not a move; ${PLACEMENT_RULE}; short breaks are left out (a local measure: Thurrock counts moves, DfE counts placements).`,
  source: 'local',
  variant: 'moves',
  counts: 'placementMoves',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: placementMovesInPeriod,
  numerator: 'placement moves in the period (new placements that did not begin a period of care)',
  periods: FLOW_PERIODS,
  columns: {
    moved_on: 'the date of the move',
    rne: 'how the 903 records it (RNE)',
    place: 'the placement type moved to (PLACE)',
  },
  breakdowns: ['place'],
  sqlFile: new URL('./placementMoves.sql', import.meta.url),
});
