import { inCareWithPlacementAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

/**
 * What counts as a placement, said once for every stability measure's definition (the placements projection is
 * where the rule is applied).
 */
export const PLACEMENT_RULE = 'a change of legal status alone is not a new placement, nor is being placed for adoption with the current foster carers; a temporary placement (hospital, holiday, the carers\' holiday, seven days or less: 903 codes T0 to T4) is not a placement, and the child\'s return from it to the placement they left is not a new one; a move to a new placement with the same carers is a new placement';

export const placements3Plus = defineMeasure({
  id: 'placements_3plus_percent',
  title: 'Percentage of children looked after with three or more placements during the year',
  definition: `Of the children looked after on the date (31 March for the DfE figure; any date for a monthly or quarterly reading), the percentage who had three or more placements in the twelve months up to it, counting placements already open on the first day and still open on the date; ${PLACEMENT_RULE}; placements lasting less than a day and short breaks are left out (DfE definition).`,
  source: 'DfE',
  unit: 'percent',
  polarity: 'lowIsGood',
  timing: 'pointInTime',
  cohort: inCareWithPlacementAt,
  numerator: 'children with three or more placements open on at least one day of the twelve months to the date',
  denominator: 'children looked after on the date (not V3/V4)',
  periods: ['asAt'],
  columns: {
    placements: 'the number of placements open in the twelve months to the date',
    placement_starts: 'the start date of each of those placements, earliest first (the first may be before the twelve months)',
  },
  sqlFile: new URL('./placements3Plus.sql', import.meta.url),
});
