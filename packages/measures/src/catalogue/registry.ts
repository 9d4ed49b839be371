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
// Health (OC2) and offending
import { oc2HealthAssessment } from './measures/oc2HealthAssessment';
import { oc2DentalCheck } from './measures/oc2DentalCheck';
import { oc2Immunisations } from './measures/oc2Immunisations';
import { oc2DevelopmentAssessment } from './measures/oc2DevelopmentAssessment';
import { oc2SdqCompleted } from './measures/oc2SdqCompleted';
import { oc2SdqAverage } from './measures/oc2SdqAverage';
import { oc2SdqConcern } from './measures/oc2SdqConcern';
import { oc2SdqConcern20 } from './measures/oc2SdqConcern20';
import { oc2Convictions } from './measures/oc2Convictions';
import { oc2SubstanceMisuse } from './measures/oc2SubstanceMisuse';
import { offencesInPeriod, childrenOffending } from './measures/offending';
// Health: initial health assessments
import { ihaRequestedWithin48Hours } from './measures/ihaRequestedWithin48Hours';
import { ihaCompletedWithin20WorkingDays } from './measures/ihaCompletedWithin20WorkingDays';
// Care leavers
import { CARE_LEAVER_OUTCOMES } from './measures/careLeaverOutcomes';
import { careLeaversAll, careLeaversEligible, careLeaversFormerRelevant, careLeaversFormerRelevantTo25, careLeaversRelevant } from './measures/careLeaverStatus';
// Adoption
import { adoptedInPeriod } from './measures/adoptedInPeriod';
import { adoptionA1Days, adoptionA1DaysThreeYears } from './measures/adoptionA1Days';
import { adoptionA2Days, adoptionA2DaysThreeYears } from './measures/adoptionA2Days';
import { adoptionA10Days, adoptionA10DaysThreeYears } from './measures/adoptionA10Days';
import { adoptionWithin14Months, adoptionWithin16Months } from './measures/adoptionWithinMonths';
import { placementMoves3Plus } from './measures/placementMoves3Plus';
import { socialWorkers3Plus } from './measures/socialWorkers3Plus';
// Reviews
import { reviewsDue } from './measures/reviewsDue';
import { reviewsHeld } from './measures/reviewsHeld';
import { reviewsHeldInTimescalePercent } from './measures/reviewsHeldInTimescalePercent';
import { reviewsDueHeldInTimescalePercent } from './measures/reviewsDueHeldInTimescalePercent';
import { reviewParticipationByCode } from './measures/reviewParticipationByCode';
import { reviewParticipationPercent } from './measures/reviewParticipationPercent';
import { reviewContributionPercent } from './measures/reviewContributionPercent';
import { reviewAttendancePercent } from './measures/reviewAttendancePercent';
import { reviewParticipationNotRecordedPercent } from './measures/reviewParticipationNotRecordedPercent';
import { reviewsChairedByChildPercent } from './measures/reviewsChairedByChildPercent';
// Placements
import { placementsByGroup } from './measures/placementsByGroup';
import { inHouseFostering } from './measures/inHouseFostering';
import { externalFostering } from './measures/externalFostering';
import { residentialCarePercent } from './measures/residentialCarePercent';
import { placedOutsideLaPercent } from './measures/placedOutsideLaPercent';
import { placedOver20MilesPercent } from './measures/placedOver20MilesPercent';
import { ofstedGoodOrOutstandingPercent } from './measures/ofstedGoodOrOutstandingPercent';

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
  // Adoption (issue 8 point 3): adopted, the scorecard's A1, A2, A10 (year and three years), within 14 (16) months
  adoptedInPeriod,
  adoptionA1Days,
  adoptionA1DaysThreeYears,
  adoptionA2Days,
  adoptionA2DaysThreeYears,
  adoptionA10Days,
  adoptionA10DaysThreeYears,
  adoptionWithin14Months,
  adoptionWithin16Months,
  // Health of children in care 12 months (OC2, issue 8 point 3), SDQ at 17 (DfE) and 20 (local); offending (local)
  oc2HealthAssessment,
  oc2DentalCheck,
  oc2Immunisations,
  oc2DevelopmentAssessment,
  oc2SdqCompleted,
  oc2SdqAverage,
  oc2SdqConcern,
  oc2SdqConcern20,
  oc2Convictions,
  oc2SubstanceMisuse,
  offencesInPeriod,
  childrenOffending,
  // Health: initial health assessments requested within 48 hours (local KPI) and carried out within 20 working days
  // (the statutory timescale) of entering care
  ihaRequestedWithin48Hours,
  ihaCompletedWithin20WorkingDays,
  // Care leavers (OC3, issue 8 point 3): EET, NEET, higher education, apprenticeships, accommodation, in touch,
  // staying put, for ages 17-18, 19-21 and 17-21
  ...CARE_LEAVER_OUTCOMES,
  // Care leavers by status at a date: eligible, relevant, former relevant (statutory), all three, and former
  // relevant to 25 (local)
  careLeaversEligible,
  careLeaversRelevant,
  careLeaversFormerRelevant,
  careLeaversAll,
  careLeaversFormerRelevantTo25,
  placementMoves3Plus,
  socialWorkers3Plus,
  // Placements (issue 8 point 3): by type and provider group, P2.1/P2.2 fostering, P2.4 residential, outside the
  // area, P2.3 over 20 miles (postcode lookup or recorded distance), P2.8 Ofsted good or outstanding (judgement file)
  placementsByGroup,
  inHouseFostering,
  externalFostering,
  residentialCarePercent,
  placedOutsideLaPercent,
  placedOver20MilesPercent,
  ofstedGoodOrOutstandingPercent,
  // Reviews (issue 8 point 3): the statutory clock (due, held, in timescale two ways) and participation
  reviewsDue,
  reviewsHeld,
  reviewsHeldInTimescalePercent,
  reviewsDueHeldInTimescalePercent,
  reviewParticipationByCode,
  reviewParticipationPercent,
  reviewContributionPercent,
  reviewAttendancePercent,
  reviewParticipationNotRecordedPercent,
  reviewsChairedByChildPercent,
] as const satisfies readonly Measure[];

export type MeasureId = (typeof MEASURES)[number]['id'];

export const MEASURE_BY_ID: ReadonlyMap<string, Measure> = new Map(MEASURES.map((m) => [m.id, m as Measure]));

if (MEASURE_BY_ID.size !== MEASURES.length) {
  throw new InternalError('measure.duplicate_id', 'two measures of the catalogue share an id', { ids: MEASURES.map((m) => m.id) });
}

export function measureById(id: string): Measure | undefined {
  return MEASURE_BY_ID.get(id);
}
