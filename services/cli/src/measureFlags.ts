import { join } from 'node:path';
import { Option } from 'commander';
import { InvalidInputError, pseudonymFor, pseudonymKey, type CareledgerConfig } from '@careledger/runtime';
import { MEASURES, measureById, parsePeriod, PERIOD_FORMS, withPseudonyms, type Measure, type MeasureRow, type Period } from '@careledger/measures';

/** The measure named on the command line, or a usage error listing the catalogue. */
export function measureNamed(id: string | undefined): Measure {
  const measure = id === undefined ? undefined : measureById(id);
  if (!measure) {
    throw new InvalidInputError('cli.measure.unknown', `${id === undefined ? 'name a measure' : `no measure '${id}' in the catalogue`}: one of ${MEASURES.map((m) => m.id).join(', ')}`, { measure: id });
  }
  return measure;
}

export function parsePeriodFlag(flag: string) {
  return (text: string): Period => {
    try {
      return parsePeriod(text);
    } catch (error) {
      if (error instanceof InvalidInputError) throw new InvalidInputError('cli.period.invalid', `${flag}: ${error.message}`, { flag, value: text }, { cause: error });
      throw error;
    }
  };
}

export const periodOption = () => new Option('--period <period>', `the period: ${PERIOD_FORMS.join('; ')}`).argParser(parsePeriodFlag('--period'));
export const pseudonymiseOption = () => new Option('--pseudonymise', 'show each child as a pseudonym (stable in this data folder) instead of their id');

/** The pseudonym key of the data folder: made on first use, kept beside the projections. */
export const pseudonymKeyPath = (config: CareledgerConfig) => join(config.dataDir, 'pseudonym.key');

/** The rows with each child id replaced by its pseudonym under the data folder's key. */
export async function pseudonymised(config: CareledgerConfig, laCode: string, rows: readonly MeasureRow[]): Promise<MeasureRow[]> {
  const key = await pseudonymKey(pseudonymKeyPath(config));
  return withPseudonyms(rows, (childId) => pseudonymFor(key, laCode, childId));
}
