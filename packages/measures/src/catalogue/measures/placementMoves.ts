import { lookedAfterDuring } from '../cohorts';
import { defineMeasure } from '../defineMeasure';
import { FLOW_PERIODS } from '../periods';

export const placementMoves = defineMeasure({
  id: 'placement_moves',
  title: 'Placement moves in the period',
  definition: 'The number of times children looked after moved placement in the period: each move to a new placement counts once (a child moving twice counts twice); becoming looked after, a change of legal status alone and being placed for adoption with the current foster carers are not moves; short breaks are left out (a local measure: Thurrock counts moves, DfE counts placements).',
  source: 'local',
  variant: 'moves',
  counts: 'placementMoves',
  unit: 'count',
  polarity: 'lowIsGood',
  timing: 'flow',
  cohort: lookedAfterDuring,
  numerator: 'placement moves (RNE P, B, T or U, not into A3/A5) in the period',
  periods: FLOW_PERIODS,
  columns: {
    moved_on: 'the date of the move',
    rne: 'how the 903 records it (RNE)',
    place: 'the placement type moved to (PLACE)',
  },
  breakdowns: ['place'],
  sqlFile: new URL('./placementMoves.sql', import.meta.url),
});
