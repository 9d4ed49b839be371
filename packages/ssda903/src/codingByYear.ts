import type { CollectionYear } from './collectionYear';

/** Sex as the 903 of `year` codes it: 1/2 up to 2023/24, M/F/U from 2024/25. */
export function sexCodeForYear(sex: string, year: CollectionYear): string {
  const normalised = sex === '1' ? 'M' : sex === '2' ? 'F' : sex;
  if (year.endYear >= 2025) return normalised;
  return normalised === 'M' ? '1' : normalised === 'F' ? '2' : normalised;
}

/**
 * Placement codes carried by an open episode into a year whose code list no longer has them: the DfE
 * validator (rule 503D) accepts H5 reported as K3 from 2024/25.
 */
export function placementCodeForYear(place: string, year: CollectionYear): string {
  if (place === 'H5' && year.endYear >= 2025) return 'K3';
  return place;
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
