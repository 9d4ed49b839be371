import { InternalError } from '@careledger/runtime';
import type { Measure } from './defineMeasure';
import { childrenInCare, childrenInCareRate } from './measures/childrenInCare';
import { childrenInCareExcludingUasc, childrenInCareExcludingUascRate } from './measures/childrenInCareExcludingUasc';
import { uascInCare, uascInCareRate } from './measures/uascInCare';
import { startedInPeriod } from './measures/startedInPeriod';
import { ceasedInPeriod } from './measures/ceasedInPeriod';
import { ceasedAdoptedPercent } from './measures/ceasedAdoptedPercent';
import { ceasedSpecialGuardianshipPercent } from './measures/ceasedSpecialGuardianshipPercent';
// Missing and away
import { missingIncidentsInPeriod } from './measures/missingIncidentsInPeriod';
import { childrenMissingInPeriod } from './measures/childrenMissingInPeriod';
import { childrenAwayInPeriod } from './measures/childrenAwayInPeriod';
import { childrenMissingOrAwayInPeriod } from './measures/childrenMissingOrAwayInPeriod';
import { childrenMissingPercent } from './measures/childrenMissingPercent';
import { childrenAwayPercent } from './measures/childrenAwayPercent';
import { childrenMissingFiveTimesInAMonth } from './measures/childrenMissingFiveTimesInAMonth';
import { childrenMissingFiveTimesInPeriod } from './measures/childrenMissingFiveTimesInPeriod';
import { childrenMissingAtDate } from './measures/childrenMissingAtDate';
import { missingIncidentsPerChild } from './measures/missingIncidentsPerChild';
import { missingIncidentMeanDays } from './measures/missingIncidentMeanDays';
// Placement stability
import { placements3Plus } from './measures/placements3Plus';
import { placements3PlusTwoYears } from './measures/placements3PlusTwoYears';
import { longTermStability, longTermStabilityAllAges, longTermStabilityAnyTimeInCare } from './measures/longTermStability';
import { placementMoves } from './measures/placementMoves';
import { placementMoves3Plus } from './measures/placementMoves3Plus';
import { socialWorkers3Plus } from './measures/socialWorkers3Plus';

/** Every measure of the catalogue, one line each; anything that lists measures reads this. */
export const MEASURES = [
  childrenInCare,
  childrenInCareRate,
  childrenInCareExcludingUasc,
  childrenInCareExcludingUascRate,
  uascInCare,
  uascInCareRate,
  startedInPeriod,
  ceasedInPeriod,
  ceasedAdoptedPercent,
  ceasedSpecialGuardianshipPercent,
  // Missing and away (issue 8 point 3): incidents, children, the DfE percentages, Cheshire East's 5 or more, at a date
  missingIncidentsInPeriod,
  childrenMissingInPeriod,
  childrenAwayInPeriod,
  childrenMissingOrAwayInPeriod,
  childrenMissingPercent,
  childrenAwayPercent,
  childrenMissingFiveTimesInAMonth,
  childrenMissingFiveTimesInPeriod,
  childrenMissingAtDate,
  missingIncidentsPerChild,
  missingIncidentMeanDays,
  // Placement stability (issue 8 point 3): DfE's 3+ placements, long-term stability, 3+ over two years, 3+ social
  // workers; local variants (long-term stability under 18 and without the 2.5 years, Thurrock's moves)
  placements3Plus,
  placements3PlusTwoYears,
  longTermStability,
  longTermStabilityAllAges,
  longTermStabilityAnyTimeInCare,
  placementMoves,
  placementMoves3Plus,
  socialWorkers3Plus,
] as const satisfies readonly Measure[];

export type MeasureId = (typeof MEASURES)[number]['id'];

export const MEASURE_BY_ID: ReadonlyMap<string, Measure> = new Map(MEASURES.map((m) => [m.id, m as Measure]));

if (MEASURE_BY_ID.size !== MEASURES.length) {
  throw new InternalError('measure.duplicate_id', 'two measures of the catalogue share an id', { ids: MEASURES.map((m) => m.id) });
}

export function measureById(id: string): Measure | undefined {
  return MEASURE_BY_ID.get(id);
}
