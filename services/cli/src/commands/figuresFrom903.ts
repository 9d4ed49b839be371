import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CareledgerError } from '@careledger/runtime';
import { fromCsv, TABLE_FILE_NAMES, type CollectionYear, type Ssda903Tables, type TableName } from '@careledger/ssda903';
import { headlineFigures, type Figure, type PopulationEstimate } from '@careledger/measures';

/**
 * Reads a folder of 903 CSVs (header.csv, episodes.csv, uasc.csv; reviews and missing optional), as any case
 * system exports them, so a team can check a return it did not produce with careledger.
 */
export async function read903Folder(dir: string): Promise<Ssda903Tables> {
  const read = async <T extends TableName>(table: T, required: boolean) => {
    const file = join(dir, TABLE_FILE_NAMES[table]);
    try {
      return fromCsv(table, await readFile(file, 'utf8'), file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        if (required) throw new CareledgerError('cli.missing_file', `${file} is missing: a 903 folder needs ${TABLE_FILE_NAMES[table]}`, { file });
        return [];
      }
      throw error;
    }
  };
  return {
    header: await read('header', true),
    episodes: await read('episodes', true),
    reviews: await read('reviews', false),
    missing: await read('missing', false),
    uasc: await read('uasc', false),
  };
}

export async function figuresFrom903(dir: string, laCode: string, year: CollectionYear, population?: readonly PopulationEstimate[]): Promise<Figure[]> {
  return headlineFigures({ laCode, year, tables: await read903Folder(dir), ...(population ? { population } : {}) });
}
