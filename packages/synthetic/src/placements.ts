/** Choosing placements (type, provider, postcode, URN) that are valid on the day they start. */
import { byLimit, Weighted, type Rng } from './prng';
import { carerPostcode, type EstablishmentKind, type Geography } from './places';
import { K3_FROM, P2_UNTIL, Z1_UNTIL } from './codes';
import type { Day } from './dates';

export interface Placement {
  placementType: string;
  placementProvider?: string;
  placementPostcode?: string;
  urn?: string;
}

/** 'SUP' is supported accommodation (H5 / K3 / P2 by date); 'Z' is other placements (Z1 / Z11-Z14 by date). */
const byAge: ReadonlyArray<readonly [number, Weighted<string>]> = [
  [1, new Weighted([['U6', 52], ['U5', 10], ['U3', 10], ['U1', 3], ['U4', 4], ['U2', 3], ['P1', 8], ['R3', 6]])],
  [5, new Weighted([['U6', 55], ['U4', 10], ['U3', 12], ['U1', 5], ['U5', 5], ['U2', 2], ['P1', 10], ['R3', 1]])],
  [10, new Weighted([['U6', 50], ['U4', 18], ['U3', 12], ['U1', 6], ['P1', 8], ['K2', 4], ['S1', 2]])],
  [16, new Weighted([['U6', 40], ['U4', 14], ['U3', 8], ['U1', 4], ['K2', 22], ['P1', 6], ['R1', 2], ['S1', 3], ['K1', 1]])],
  [99, new Weighted([['U6', 27], ['U4', 8], ['U3', 5], ['U1', 2], ['K2', 18], ['SUP', 33], ['P1', 3], ['Z', 2], ['R1', 1], ['K1', 1]])],
];
const uascUnder16 = new Weighted([['U6', 60], ['K2', 25], ['U4', 15]]);
const uasc16 = new Weighted([['SUP', 65], ['U6', 25], ['K2', 10]]);
const kinship = new Weighted([['U3', 70], ['U1', 30]]);

/** Who provides a foster or adoption placement; the agency (and so the URN) follows from the provider. */
const providers: Record<string, Weighted<string>> = {
  kin: new Weighted([['PR1', 90], ['PR2', 10]]),
  foster: new Weighted([['PR1', 50], ['PR4', 40], ['PR5', 5], ['PR2', 5]]),
  A: new Weighted([['PR1', 60], ['PR5', 25], ['PR2', 15]]),
};

const establishmentOf: Record<string, EstablishmentKind> = {
  K2: 'home', K1: 'secure', K3: 'supported', H5: 'supported', P2: 'supported', R1: 'residential', S1: 'school', R3: 'parentBaby',
};

/** A move to parents needs a care order: rule 378 refuses P1 under s20 (V2), and police powers or an EPO do not place with parents. */
export function allowsPlacementWithParents(legalStatus: string | undefined): boolean {
  return legalStatus === 'C1' || legalStatus === 'C2';
}

function resolveCode(rng: Rng, code: string, day: Day): string {
  if (code === 'SUP') {
    if (day >= K3_FROM) return 'K3';
    return day <= P2_UNTIL && rng.chance(0.15) ? 'P2' : 'H5';
  }
  if (code === 'Z') return day <= Z1_UNTIL ? 'Z1' : rng.pick(['Z11', 'Z12', 'Z13', 'Z14']);
  return code;
}

/** A postcode other than the child's home: only a placement with parents (P1) is at home (rule 392d). */
function awayFromHome(rng: Rng, geo: Geography, localShare: number, home: string | undefined): string {
  let postcode = carerPostcode(rng, geo, localShare);
  while (postcode === home) postcode = carerPostcode(rng, geo, localShare);
  return postcode;
}

/** Fill in provider, postcode and URN for a placement type. */
export function placementOf(rng: Rng, geo: Geography, type: string, home: string | undefined): Placement {
  const placement: Placement = { placementType: type };
  const kind = establishmentOf[type];
  if (kind) {
    const est = rng.pick(geo.establishments[kind]);
    placement.placementProvider = est.provider;
    placement.placementPostcode = est.postcode === home ? awayFromHome(rng, geo, 0.5, home) : est.postcode;
    if (est.urn) placement.urn = est.urn;
    return placement;
  }
  if (type === 'P1') {
    placement.placementProvider = 'PR0';
    if (home) placement.placementPostcode = home;
    return placement;
  }
  const agencyKind = type.startsWith('U') ? 'fostering' : type.startsWith('A') ? 'adoption' : undefined;
  if (agencyKind) {
    const provider = (agencyKind === 'adoption' ? providers.A : type === 'U1' || type === 'U2' || type === 'U3' ? providers.kin : providers.foster)!.pick(rng);
    const agency = rng.pick(geo.agencies[agencyKind][provider] as readonly { urn: string }[]);
    placement.placementProvider = provider;
    placement.urn = agency.urn;
  }
  // Temporary and 'other' placements have no provider (rules 178/213) but do have an address: a hospital, a
  // holiday, a respite carer's home.
  placement.placementPostcode = awayFromHome(rng, geo, type === 'U1' || type === 'U3' ? 0.8 : 0.65, home);
  return placement;
}

export interface ChoiceOptions {
  readonly uasc: boolean;
  readonly kin?: boolean;
  readonly home: string | undefined;
  readonly supported?: boolean;
  /** The legal status on the day: placement with parents only under a care order. */
  readonly legalStatus: string | undefined;
}

/** A placement for a child of `age` starting on `day`. */
export function choosePlacement(rng: Rng, geo: Geography, age: number, day: Day, options: ChoiceOptions): Placement {
  let code: string;
  if (options.supported) code = 'SUP';
  else if (options.kin) code = kinship.pick(rng);
  else if (options.uasc) code = (age >= 16 ? uasc16 : uascUnder16).pick(rng);
  else code = byLimit(byAge, age).pick(rng);
  if (age < 16 && code === 'SUP') code = 'U6';
  // Without a care order (or a home to go to) the family placement is with relatives instead.
  if (code === 'P1' && (!allowsPlacementWithParents(options.legalStatus) || !options.home)) code = 'U3';
  return placementOf(rng, geo, resolveCode(rng, code, day), options.home);
}

export function isFoster(type: string): boolean {
  return type === 'U4' || type === 'U5' || type === 'U6';
}
