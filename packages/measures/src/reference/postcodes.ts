/**
 * Postcodes as the 903 and the ONS Postcode Directory hold them. The 903's HOME_POST and PL_POST are usually a
 * postcode sector (outward code and the first digit of the inward code, "CW1 2"), sometimes a full postcode
 * ("CW1 2AB"); the directory's `pcds` is the full postcode, one space between outward and inward codes.
 */
export type ParsedPostcode =
  | { readonly kind: 'unit'; readonly unit: string; readonly sector: string }
  | { readonly kind: 'sector'; readonly sector: string }
  | { readonly kind: 'district'; readonly district: string };

const OUTWARD = '([A-Z]{1,2}[0-9][0-9A-Z]?)';
const UNIT = new RegExp(`^${OUTWARD}\\s*([0-9])([A-Z]{2})$`);
// A sector needs its space: "CW12" is the district CW12, not the sector CW1 2. "CW1 2A" (a sector and one letter)
// is read as its sector.
const SECTOR = new RegExp(`^${OUTWARD}\\s+([0-9])[A-Z]?$`);
const DISTRICT = new RegExp(`^${OUTWARD}$`);

/** A postcode, sector or district in its standard form (upper case, one space), or undefined when it is none. */
export function parsePostcode(text: string): ParsedPostcode | undefined {
  const value = text.trim().toUpperCase().replace(/\s+/g, ' ');
  const unit = UNIT.exec(value);
  if (unit) return { kind: 'unit', unit: `${unit[1]} ${unit[2]}${unit[3]}`, sector: `${unit[1]} ${unit[2]}` };
  const sector = SECTOR.exec(value);
  if (sector) return { kind: 'sector', sector: `${sector[1]} ${sector[2]}` };
  const district = DISTRICT.exec(value);
  if (district) return { kind: 'district', district: district[1]! };
  return undefined;
}
