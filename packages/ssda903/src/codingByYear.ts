import type { CollectionYear } from './collectionYear';

/** Sex as the 903 of `year` codes it: 1/2 up to 2023/24, M/F/U from 2024/25. */
export function sexCodeForYear(sex: string, year: CollectionYear): string {
  const normalised = sex === '1' ? 'M' : sex === '2' ? 'F' : sex;
  if (year.endYear >= 2025) return normalised;
  return normalised === 'M' ? '1' : normalised === 'F' ? '2' : normalised;
}

/**
 * A placement code the DfE withdrew, from the collection year ending `fromYear`. An episode carrying it into that
 * year is reported as `becomes` where the DfE accepts that recoding; otherwise only a recorded fact can say what
 * the placement now is (`toRecord`), and until one is recorded PLACE is left blank and the return asks for it.
 */
interface WithdrawnPlacement {
  readonly fromYear: number;
  readonly becomes?: string;
  readonly toRecord?: string;
}

const WITHDRAWN_PLACEMENTS: Readonly<Record<string, WithdrawnPlacement>> = {
  // Rule 503D accepts an open H5 episode reported as K3 from 2024/25.
  H5: { fromYear: 2025, becomes: 'K3' },
  // Independent living stopped being a placement on 28 October 2023 and the DfE gave it no successor code.
  P2: {
    fromYear: 2025,
    toRecord: 'record what the placement is now: a PlacementReclassified to its current code (K3 if it is registered supported accommodation) or the PlacementChanged of the move',
  },
  // Z1 was split; rule 503D accepts Z1 followed by any of Z11-Z14, but which one is a fact about the placement.
  Z1: {
    fromYear: 2026,
    toRecord: 'record a PlacementReclassified to Z11, Z12, Z13 or Z14 dated on or before the end of the year',
  },
};

const withdrawnIn = (place: string, year: CollectionYear): WithdrawnPlacement | undefined => {
  const withdrawn = WITHDRAWN_PLACEMENTS[place];
  return withdrawn && year.endYear >= withdrawn.fromYear ? withdrawn : undefined;
};

/**
 * Placement codes that exist as facts before the first year whose 903 lists them: K3 (registered supported
 * accommodation) from 28 October 2023, while the 2023/24 schema still codes it H5, which from that date needs the
 * provider's Ofsted URN (rule 230).
 */
const INTRODUCED_PLACEMENTS: Readonly<Record<string, { readonly fromYear: number; readonly before: string }>> = {
  K3: { fromYear: 2025, before: 'H5' },
};

/**
 * A placement code as `year`'s 903 codes it: itself, the DfE's recoding of a withdrawn code (H5 as K3 from
 * 2024/25), the code a year before a new code coded it as (K3 as H5 in 2023/24), or '' for a withdrawn code with no
 * recoding (P2 from 2024/25, Z1 from 2025/26), which needs a decision.
 */
export function placementCodeForYear(place: string, year: CollectionYear): string {
  const introduced = INTRODUCED_PLACEMENTS[place];
  if (introduced && year.endYear < introduced.fromYear) return introduced.before;
  const withdrawn = withdrawnIn(place, year);
  return withdrawn ? withdrawn.becomes ?? '' : place;
}

/** The placement codes `year`'s return cannot state without a recorded decision of what the placement now is. */
export function placementsNeedingDecision(year: CollectionYear): string[] {
  return Object.keys(WITHDRAWN_PLACEMENTS).filter((place) => placementCodeForYear(place, year) === '');
}

/** What to record so that `year`'s return can state a placement recorded as `place`. */
export function placementDecisionToRecord(place: string, year: CollectionYear): string | undefined {
  return withdrawnIn(place, year)?.toRecord;
}

/** The DfE's grouping of ETHNIC codes into the published ethnic groups. */
export function ethnicGroup(ethnic: string): string {
  const first = ethnic.charAt(0);
  switch (first) {
    case 'W': return 'White';
    case 'M': return 'Mixed or Multiple ethnic groups';
    case 'A': return 'Asian or Asian British';
    case 'B': return 'Black, African, Caribbean or Black British';
    case 'C': return 'Other ethnic group';
    case 'O': return 'Other ethnic group';
    default: return 'Refused or information not yet available';
  }
}

/** Age bands at 31 March used in DfE's children-looked-after tables. */
export function ageBand(ageInYears: number): string {
  if (ageInYears < 1) return 'Under 1';
  if (ageInYears <= 4) return '1 to 4';
  if (ageInYears <= 9) return '5 to 9';
  if (ageInYears <= 15) return '10 to 15';
  return '16 and over';
}
