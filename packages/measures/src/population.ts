import { InvalidInputError } from '@careledger/runtime';
import { isLaCode } from '@careledger/ssda903';

/** One ONS mid-year estimate of the 0-17 population of an LA. */
export interface PopulationEstimate {
  readonly laCode: string;
  readonly midYear: number;
  readonly estimate: number;
}

function splitLine(line: string): string[] {
  return line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
}

/**
 * Reads an ONS-style population CSV, as DfE publishes it (`time_period, ..., old_la_code, new_la_code, ...,
 * age_group, population_estimate`). Rows for other age groups or geographic levels are ignored.
 */
export function parsePopulationCsv(text: string, source = 'population file'): PopulationEstimate[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new InvalidInputError('population.empty', `${source} is empty`, { source });
  const header = splitLine(lines[0]!).map((h) => h.toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const required = ['time_period', 'population_estimate'];
  const missing = required.filter((c) => col(c) === -1);
  if (missing.length > 0 || (col('old_la_code') === -1 && col('la_code') === -1)) {
    throw new InvalidInputError('population.columns', `${source} needs columns time_period, old_la_code (or la_code) and population_estimate`, { source, missing });
  }
  const laColumn = col('old_la_code') !== -1 ? col('old_la_code') : col('la_code');
  const estimates: PopulationEstimate[] = [];
  lines.slice(1).forEach((line, index) => {
    const cells = splitLine(line);
    const level = col('geographic_level') === -1 ? 'Local authority' : cells[col('geographic_level')];
    const ageGroup = col('age_group') === -1 ? '0 to 17' : cells[col('age_group')] ?? '';
    if (level !== 'Local authority' || !/0 to 17/.test(ageGroup)) return;
    const laCode = cells[laColumn] ?? '';
    const midYear = Number(cells[col('time_period')]);
    const estimate = Number(cells[col('population_estimate')]);
    if (!isLaCode(laCode) || !Number.isInteger(midYear) || !Number.isFinite(estimate) || estimate <= 0) {
      throw new InvalidInputError('population.row', `${source} line ${index + 2}: needs a three-digit LA code, a year and a positive estimate`, { source, line: index + 2 });
    }
    estimates.push({ laCode, midYear, estimate });
  });
  return estimates;
}

/** DfE's rate for the year ending 31 March Y uses the mid-(Y-1) estimate. */
export function denominatorFor(estimates: readonly PopulationEstimate[], laCode: string, collectionEndYear: number): PopulationEstimate | undefined {
  return estimates.find((e) => e.laCode === laCode && e.midYear === collectionEndYear - 1);
}
