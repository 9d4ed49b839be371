import { InternalError, sqlStringLiteral } from '@careledger/runtime';
import { codesOf, placementHasOfstedUrn } from '@careledger/ssda903';

/**
 * The placement groups committee papers report children in (Cheshire East's scorecard P2.1, P2.2 and P2.4,
 * Thurrock's placement table, Worcestershire's provision types), from the 903 PLACE and PLACE_PROVIDER codes
 * (anchors-ssda903 section 1.4). This is the one home of the rule: every placement measure reads it, through the
 * `placement_groups` relation the placedAt cohort is given (placementGroupsSql).
 *
 * A code keeps its group in every collection year, so the code as recorded (or as reclassified by the date) gives
 * the group of the code any year's 903 reports it as (codingByYear's placementCodeForYear; the test checks it):
 * H5 (semi-independent living, to 2023-24) and K3 (registered supported accommodation, from 28 October 2023,
 * reported as H5 in the 2023-24 coding and H5 as K3 from 2024-25) are both supported accommodation; P2
 * (independent living, withdrawn on 28 October 2023) and P3 (residential employment), the DfE's "other placements
 * in the community", go with it; Z1 and its 2025-26 successors Z11-Z14 are other placements.
 */
export const PLACEMENT_GROUPS = {
  in_house_fostering: 'In-house fostering, including family and friends (U1-U6, own provision PR1)',
  external_fostering: 'Agency and other external fostering (U1-U6, provided by another LA, another public body, a private or voluntary agency: PR2-PR5)',
  fostering_provider_not_recorded: 'Fostering (U1-U6) with no fostering provider recorded (PLACE_PROVIDER blank or PR0)',
  residential: 'Residential: secure (K1) and other children\'s homes (K2), residential schools (S1), residential care homes (R1), NHS settings (R2), family centres and mother and baby units (R3), young offender institutions (R5)',
  supported_accommodation: 'Supported accommodation and independent living, 16+ (K3, H5, P2) and residential employment (P3)',
  placed_for_adoption: 'Placed for adoption (A3-A6)',
  placed_with_parents: 'Placed with parents or others with parental responsibility (P1)',
  other: 'Temporary moves (T0-T4) and other placements (Z1, Z11-Z14)',
} as const;

export type PlacementGroup = keyof typeof PLACEMENT_GROUPS;

const FOSTERING = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'];
const BY_PLACE: Readonly<Record<string, PlacementGroup>> = {
  A3: 'placed_for_adoption', A4: 'placed_for_adoption', A5: 'placed_for_adoption', A6: 'placed_for_adoption',
  K1: 'residential', K2: 'residential', S1: 'residential', R1: 'residential', R2: 'residential', R3: 'residential', R5: 'residential',
  K3: 'supported_accommodation', H5: 'supported_accommodation', P2: 'supported_accommodation', P3: 'supported_accommodation',
  P1: 'placed_with_parents',
  T0: 'other', T1: 'other', T2: 'other', T3: 'other', T4: 'other', Z1: 'other', Z11: 'other', Z12: 'other', Z13: 'other', Z14: 'other',
};

/**
 * The group of a placement of type `place` provided by `provider` (blank when not recorded), or undefined for a code
 * the 903 does not have. Only fostering depends on the provider: the council's own carers, family and friends
 * carers it approved included (PR1), or external ones (another LA's, PR2, as Thurrock counts them; other public,
 * PR3; private and voluntary agencies, PR4/PR5).
 */
export function placementGroup(place: string, provider: string | undefined): PlacementGroup | undefined {
  if (FOSTERING.includes(place)) {
    if (provider === 'PR1') return 'in_house_fostering';
    if (provider === 'PR2' || provider === 'PR3' || provider === 'PR4' || provider === 'PR5') return 'external_fostering';
    return 'fostering_provider_not_recorded';
  }
  return BY_PLACE[place];
}

/** PLACE_PROVIDER as the groups read it: the six codes, or '' for none recorded. */
const PROVIDERS = ['', ...codesOf('placementProvider')];


/**
 * The grouping as a relation for SQL, one row for every PLACE code of every year and every provider (or none):
 * `placement_groups(place, place_provider, placement_group, has_ofsted_urn)`, place_provider '' for none recorded;
 * has_ofsted_urn says whether the DfE asks for the provider's Ofsted URN for this type (PLACEMENTS_WITHOUT_OFSTED_URN).
 */
export function placementGroupsSql(): string {
  const rows = codesOf('placementType').flatMap((place) => PROVIDERS.map((provider) => {
    const group = placementGroup(place, provider);
    // A PLACE code added to the code lists must be given its group here before any placement measure runs.
    if (!group) throw new InternalError('measure.placement_group', `placement type ${place} has no placement group`, { place });
    return `(${sqlStringLiteral(place)}, ${sqlStringLiteral(provider)}, ${sqlStringLiteral(group)}, ${placementHasOfstedUrn(place)})`;
  }));
  return `SELECT * FROM (VALUES ${rows.join(', ')}) g(place, place_provider, placement_group, has_ofsted_urn)`;
}
