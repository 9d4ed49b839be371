/**
 * Synthetic geography: postcode districts for an LA's own area and elsewhere, and a pool of establishments
 * (children's homes, supported accommodation, schools) and agencies (fostering, adoption) with Ofsted-style URNs,
 * each run by one provider, so the same homes and agencies recur.
 */
import { Weighted, type Rng } from './prng';

const AREAS = ['RM', 'SS', 'CM', 'CO', 'IP', 'NR', 'PE', 'CB', 'SG', 'AL', 'LU', 'MK', 'HP', 'WD', 'EN', 'HA', 'UB',
  'TW', 'KT', 'SM', 'CR', 'BR', 'DA', 'ME', 'TN', 'CT', 'RH', 'GU', 'RG', 'SL', 'OX', 'SN', 'BA', 'BS', 'GL', 'HR',
  'WR', 'WV', 'DY', 'B', 'CV', 'LE', 'NG', 'DE', 'ST', 'SK', 'M', 'OL', 'BL', 'WN', 'PR', 'BB', 'LA', 'CA', 'NE',
  'DH', 'SR', 'TS', 'DL', 'HG', 'YO', 'LS', 'BD', 'HX', 'HD', 'WF', 'S', 'DN', 'HU', 'LN', 'EX', 'PL', 'TQ', 'TR'];
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export type EstablishmentKind = 'home' | 'supported' | 'residential' | 'school' | 'secure' | 'parentBaby';
/** Ofsted-registered agencies whose carers live at their own addresses: fostering services and adoption agencies. */
export type AgencyKind = 'fostering' | 'adoption';

/** A place children live in: one provider, one postcode, and an Ofsted URN (none for CQC-registered care homes). */
export interface Establishment {
  readonly urn: string | undefined;
  readonly postcode: string;
  readonly provider: string;
}

/** A fostering service or adoption agency: one URN and one provider, for all its carers. */
export interface Agency {
  readonly urn: string;
  readonly provider: string;
}

export interface Geography {
  readonly homeDistricts: readonly string[];
  readonly establishments: Readonly<Record<EstablishmentKind, readonly Establishment[]>>;
  /** Agencies by kind, then by provider code (PR1 the LA's own, PR2 other LAs', PR4 private, PR5 voluntary). */
  readonly agencies: Readonly<Record<AgencyKind, Readonly<Record<string, readonly Agency[]>>>>;
}

function unit(rng: Rng, district: string): string {
  return `${district} ${rng.int(1, 9)}${UNIT_LETTERS.charAt(rng.int(0, 19))}${UNIT_LETTERS.charAt(rng.int(0, 19))}`;
}

function awayDistrict(rng: Rng): string {
  return `${rng.pick(AREAS)}${rng.int(1, 20)}`;
}

/**
 * URN styles: children's homes, secure homes and family centres have 'SC' + 6 digits; schools the DfE's 6 digits;
 * agencies and providers registered since Ofsted's 7-digit numbering (fostering, adoption, supported
 * accommodation) 7 digits. Care homes (R1) are registered with the CQC, not Ofsted, so have none.
 */
type UrnStyle = 'SC' | 'school' | 'seven' | 'none';

/** Thurrock-like districts for the default LA; otherwise an area chosen from the LA code. */
export function makeGeography(rng: Rng, laCode: string): Geography {
  const homeDistricts = laCode === '999'
    ? ['RM15', 'RM16', 'RM17', 'RM18', 'RM19', 'RM20', 'SS17']
    : (() => {
      const area = AREAS[Number(laCode) % AREAS.length] as string;
      const first = rng.int(1, 12);
      return Array.from({ length: rng.int(4, 7) }, (_, i) => `${area}${first + i}`);
    })();
  const usedUrns = new Set<string>();
  const urn = (style: UrnStyle): string | undefined => {
    if (style === 'none') return undefined;
    let value: string;
    do {
      value = style === 'SC' ? `SC${rng.int(100000, 999999)}` : style === 'school' ? String(rng.int(100000, 149999)) : String(rng.int(1000000, 2999999));
    } while (usedUrns.has(value));
    usedUrns.add(value);
    return value;
  };
  const make = (count: number, localShare: number, style: UrnStyle, providers: Weighted<string>): Establishment[] =>
    Array.from({ length: count }, () => {
      const district = rng.chance(localShare) ? rng.pick(homeDistricts) : awayDistrict(rng);
      return { urn: urn(style), postcode: unit(rng, district), provider: providers.pick(rng) };
    });
  const agencies = (counts: Readonly<Record<string, number>>): Record<string, Agency[]> =>
    Object.fromEntries(Object.entries(counts).map(([provider, n]) =>
      [provider, Array.from({ length: n }, () => ({ urn: urn('seven') as string, provider }))]));
  return {
    homeDistricts,
    establishments: {
      home: make(30, 0.35, 'SC', new Weighted([['PR4', 75], ['PR1', 12], ['PR5', 10], ['PR2', 3]])),
      supported: make(16, 0.5, 'seven', new Weighted([['PR4', 65], ['PR5', 20], ['PR1', 15]])),
      residential: make(6, 0.2, 'none', new Weighted([['PR4', 50], ['PR5', 30], ['PR3', 20]])),
      school: make(6, 0.2, 'school', new Weighted([['PR4', 40], ['PR5', 30], ['PR3', 30]])),
      secure: make(3, 0, 'SC', new Weighted([['PR1', 30], ['PR2', 60], ['PR4', 10]])),
      parentBaby: make(3, 0.3, 'SC', new Weighted([['PR4', 50], ['PR5', 30], ['PR3', 20]])),
    },
    agencies: {
      // The LA's own fostering service, neighbouring LAs' services, independent fostering agencies.
      fostering: agencies({ PR1: 1, PR2: 4, PR4: 8, PR5: 3 }),
      // The regional adoption agency the LA belongs to, other LAs' agencies, voluntary adoption agencies.
      adoption: agencies({ PR1: 1, PR2: 3, PR5: 3 }),
    },
  };
}

export function homePostcode(rng: Rng, geo: Geography): string {
  return unit(rng, rng.pick(geo.homeDistricts));
}

/** A carer's postcode: in the LA's area with probability `localShare`, otherwise anywhere in England. */
export function carerPostcode(rng: Rng, geo: Geography, localShare: number): string {
  return unit(rng, rng.chance(localShare) ? rng.pick(geo.homeDistricts) : awayDistrict(rng));
}
