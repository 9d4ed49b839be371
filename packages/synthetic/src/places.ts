/**
 * Synthetic geography: postcode districts for an LA's own area and elsewhere, and a pool of establishments
 * (children's homes, supported accommodation, schools) with Ofsted-style URNs, so the same homes recur.
 */
import type { Rng } from './prng';

const AREAS = ['RM', 'SS', 'CM', 'CO', 'IP', 'NR', 'PE', 'CB', 'SG', 'AL', 'LU', 'MK', 'HP', 'WD', 'EN', 'HA', 'UB',
  'TW', 'KT', 'SM', 'CR', 'BR', 'DA', 'ME', 'TN', 'CT', 'RH', 'GU', 'RG', 'SL', 'OX', 'SN', 'BA', 'BS', 'GL', 'HR',
  'WR', 'WV', 'DY', 'B', 'CV', 'LE', 'NG', 'DE', 'ST', 'SK', 'M', 'OL', 'BL', 'WN', 'PR', 'BB', 'LA', 'CA', 'NE',
  'DH', 'SR', 'TS', 'DL', 'HG', 'YO', 'LS', 'BD', 'HX', 'HD', 'WF', 'S', 'DN', 'HU', 'LN', 'EX', 'PL', 'TQ', 'TR'];
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export type EstablishmentKind = 'home' | 'supported' | 'residential' | 'school' | 'secure' | 'parentBaby';

export interface Establishment {
  readonly urn: string;
  readonly postcode: string;
}

export interface Geography {
  readonly homeDistricts: readonly string[];
  readonly establishments: Readonly<Record<EstablishmentKind, readonly Establishment[]>>;
}

function unit(rng: Rng, district: string): string {
  return `${district} ${rng.int(1, 9)}${UNIT_LETTERS.charAt(rng.int(0, 19))}${UNIT_LETTERS.charAt(rng.int(0, 19))}`;
}

function awayDistrict(rng: Rng): string {
  return `${rng.pick(AREAS)}${rng.int(1, 20)}`;
}

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
  const make = (count: number, localShare: number, school = false): Establishment[] =>
    Array.from({ length: count }, () => {
      let urn: string;
      do urn = `${school ? '' : 'SC'}${rng.int(100000, 999999)}`; while (usedUrns.has(urn));
      usedUrns.add(urn);
      const district = rng.chance(localShare) ? rng.pick(homeDistricts) : awayDistrict(rng);
      return { urn, postcode: unit(rng, district) };
    });
  return {
    homeDistricts,
    establishments: {
      home: make(30, 0.35),
      supported: make(16, 0.5),
      residential: make(6, 0.2),
      school: make(6, 0.2, true),
      secure: make(3, 0),
      parentBaby: make(3, 0.3),
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
