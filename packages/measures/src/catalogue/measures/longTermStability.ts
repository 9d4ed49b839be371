import { inCareWithPlacementAt } from '../cohorts';
import { defineMeasure } from '../defineMeasure';

const columns = {
  age: 'age in whole years on the date',
  period_started: 'the start of the current period of care (looked after continuously since)',
  carer_since: 'since when the child has lived with the same carers (an adoptive placement with new carers counts the time with the carers before it)',
  placement_type: 'placement type (PLACE) on the date',
} as const;

const SAME_CARERS = 'have lived with the same carers for at least two years (through moves with the same carers, placement for adoption with their foster carers and temporary absences such as a stay in hospital), or are placed for adoption and their adoptive placement together with the placement before it has lasted two years';

export const longTermStability = defineMeasure({
  id: 'long_term_stability_percent',
  title: 'Long-term placement stability: children in care 2.5 years or more, in the same placement for 2 years',
  definition: `Of the children looked after on the date who are under 16 and have been looked after continuously for at least two and a half years (in one period of care: a gap restarts it), the percentage who ${SAME_CARERS} (DfE definition; 31 March for the published figure, any date for a quarterly reading such as Cheshire East's indicative figure; short breaks left out).`,
  source: 'DfE',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'pointInTime',
  cohort: inCareWithPlacementAt,
  numerator: 'children in the denominator with the same carers for two years or more',
  denominator: 'children looked after on the date (not V3/V4), aged under 16, looked after continuously for at least two and a half years',
  periods: ['asAt'],
  columns,
  breakdowns: ['placement_type'],
  sqlFile: new URL('./longTermStability.sql', import.meta.url),
});

export const longTermStabilityAllAges = defineMeasure({
  id: 'long_term_stability_all_ages_percent',
  title: 'Long-term placement stability, all ages under 18',
  definition: `As the DfE long-term stability measure, for children of any age under 18 rather than under 16: of the children looked after on the date aged under 18 who have been looked after continuously for at least two and a half years, the percentage who ${SAME_CARERS} (a local variant).`,
  source: 'local',
  variant: 'allAgesUnder18',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'pointInTime',
  cohort: inCareWithPlacementAt,
  numerator: 'children in the denominator with the same carers for two years or more',
  denominator: 'children looked after on the date (not V3/V4), aged under 18, looked after continuously for at least two and a half years',
  periods: ['asAt'],
  columns,
  breakdowns: ['placement_type'],
  sqlFile: new URL('./longTermStabilityAllAges.sql', import.meta.url),
});

export const longTermStabilityAnyTimeInCare = defineMeasure({
  id: 'long_term_stability_any_time_in_care_percent',
  title: 'Long-term placement stability of all children under 16, however long in care',
  definition: `Of all the children looked after on the date aged under 16, however long they have been looked after, the percentage who ${SAME_CARERS} (a local variant, as Thurrock reports it: without DfE's condition of two and a half years in care, so children who came into care in the last two years are in the denominator and cannot be in the numerator).`,
  source: 'local',
  variant: 'anyTimeInCare',
  unit: 'percent',
  polarity: 'highIsGood',
  timing: 'pointInTime',
  cohort: inCareWithPlacementAt,
  numerator: 'children in the denominator with the same carers for two years or more',
  denominator: 'children looked after on the date (not V3/V4), aged under 16',
  periods: ['asAt'],
  columns,
  breakdowns: ['placement_type'],
  sqlFile: new URL('./longTermStabilityAnyTimeInCare.sql', import.meta.url),
});
