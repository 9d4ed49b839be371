/** An ONS-style mid-year 0-17 population file for the LA, sized for ~60-80 looked after per 10,000, growing ~1% a year. */
import type { Rng } from './prng';

export const POPULATION_HEADER =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,age_group,population_estimate';

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function populationCsv(rng: Rng, laCode: string, laName: string, childrenInCare: number, firstYear: number, lastYear: number): string {
  const rate = 62 + rng.next() * 16; // per 10,000 in the middle of the history
  const middle = (firstYear + lastYear) / 2;
  const base = (childrenInCare * 10_000) / rate;
  const lines = [POPULATION_HEADER];
  for (let year = firstYear; year <= lastYear; year++) {
    const estimate = Math.round(base * 1.01 ** (year - middle) * (1 + (rng.next() - 0.5) * 0.004));
    lines.push([
      String(year), 'Reporting year', 'Local authority', 'E92000001', 'England', 'E12000006', 'East of England',
      laCode, `E06${laCode}${laCode}`, quote(laName), 'Children aged 0 to 17 years', String(estimate),
    ].join(','));
  }
  return `${lines.join('\n')}\n`;
}
