import { inCareWithPlacementAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

const columns = {
  age: 'age in whole years on the date',
  period_started: 'the start of the current period of care (looked after continuously since)',
  carer_since: 'since when the child has lived with the same carers (an adoptive placement with new carers counts the placement before it)',
  placement_type: 'placement type (PLACE) of the current placement, as it started',
} as const;

export const longTermStability = defineMeasure({
  id: 'long_term_stability_percent',
  title: 'Long-term placement stability: children in care 2.5 years or more, in the same placement for 2 years',
  definition: 'Of the children looked after on the date who are under 16 and have been looked after continuously for at least two and a half years, the percentage who have lived with the same carers for at least two years, or are placed for adoption and their adoptive placement together with the placement before it has lasted two years (DfE definition; 31 March for the published figure, any date for a quarterly reading).',
  source: 'DfE',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'pointInTime',
  cohort: inCareWithPlacementAt,
  numerator: 'children in the denominator with the same carers for two years or more',
  denominator: 'children looked after on the date, aged under 16, looked after continuously for at least two and a half years',
  periods: ['asAt'],
  columns,
  breakdowns: ['placement_type'],
  sqlFile: new URL('./longTermStability.sql', import.meta.url),
});

export const longTermStabilityAllAges = defineMeasure({
  id: 'long_term_stability_all_ages_percent',
  title: 'Long-term placement stability, all ages',
  definition: 'As the DfE long-term stability measure, but counting children of every age: of the children looked after on the date who have been looked after continuously for at least two and a half years, the percentage who have lived with the same carers for at least two years (a local variant).',
  source: 'local',
  variant: 'allAges',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'pointInTime',
  cohort: inCareWithPlacementAt,
  numerator: 'children in the denominator with the same carers for two years or more',
  denominator: 'children looked after on the date, looked after continuously for at least two and a half years',
  periods: ['asAt'],
  columns,
  breakdowns: ['placement_type'],
  sqlFile: new URL('./longTermStabilityAllAges.sql', import.meta.url),
});
