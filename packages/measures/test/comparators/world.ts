/*
 * A small made-up world of published figures, in DfE's layouts, for the comparator tests. Its LAs:
 *   901 Alpha (North West), the council whose figures are compared; neighbours 902 to 911 (SN1 to SN10)
 *   902 Beta ... 911 Kappa, all North West
 * and, in the "Old SNs" section, 930 Omega (Pre LG), a former council.
 *
 * Its CLA table is a "newer release" than the shipped one: it has 2026 (2025-26) rows. Children looked after on
 * 31 March, rate per 10,000:
 *   year   England  North West  Alpha  902  903  904  905  906  907  908-911
 *   2026     65        91        70    60   70   80    c    z   50   no row
 *   2025     67        90        68    40   41   42   43   44   45   46, 47, 48, 49
 * Children starting to be looked after, England: 30,000 in 2026.
 */

const SN_HEADER = 'LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,SN3,SNP,SN4,SNP,SN5,SNP,SN6,SNP,SN7,SNP,SN8,SNP,SN9,SNP,SN10,SNP,';

const snRow = (code: number, name: string, neighbours: readonly number[]) =>
  `${code},${name},${code},2,North West,${neighbours.map((n, i) => `${n},${i < 3 ? 'Very Close' : 'Close'}`).join(',')},`;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const NEIGHBOURS_CSV = [
  `\uFEFF${SN_HEADER}`,
  snRow(901, 'Alpha', range(902, 911)),
  snRow(902, 'Beta', [901, ...range(903, 911)]),
  ',,,,,,,,,,,,,,,,,,,,,,,,,',
  ',Old SNs:,,,,,,,,,,,,,,,,,,,,,,,,',
  ',,,,,,,,,,,,,,,,,,,,,,,,,',
  snRow(930, 'Omega (Pre LG)', range(901, 910)),
].join('\r\n');

const CLA_HEADER = 'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000';
const AT_31_MARCH = 'Children looked after on 31 March each year';
const NAMES: Record<number, string> = { 901: 'Alpha', 902: 'Beta', 903: 'Gamma', 904: 'Delta', 905: 'Epsilon', 906: 'Zeta', 907: 'Eta', 908: 'Theta', 909: 'Iota', 910: 'Iota Two', 911: 'Kappa' };

const national = (year: number, type: string, count: number, rate: number) => `${year},Reporting year,National,E92000001,England,,,,,,${type},12000000,${count},${rate}`;
const regional = (year: number, count: number, rate: number) => `${year},Reporting year,Regional,E92000001,England,E12000002,North West,,,,${AT_31_MARCH},1650000,${count},${rate}`;
const la = (year: number, code: number, rate: number | string) =>
  `${year},Reporting year,Local authority,E92000001,England,E12000002,North West,${code},${NAMES[code]},E0600${code},${AT_31_MARCH},10000,${rate},${rate}`;

export const CLA_NEWER_RELEASE_CSV = [
  CLA_HEADER,
  national(2026, AT_31_MARCH, 78000, 65), national(2026, 'Children starting to be looked after each year', 30000, 25),
  regional(2026, 15000, 91),
  la(2026, 901, 70), la(2026, 902, 60), la(2026, 903, 70), la(2026, 904, 80), la(2026, 905, 'c'), la(2026, 906, 'z'), la(2026, 907, 50),
  national(2025, AT_31_MARCH, 81770, 67), regional(2025, 14990, 90),
  la(2025, 901, 68), ...range(902, 911).map((code) => la(2025, code, code - 862)),
].join('\n');
