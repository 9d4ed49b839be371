import { read903Folder, type CollectionYear } from '@careledger/ssda903';
import { headlineFigures, type Figure, type PopulationEstimate } from '@careledger/measures';

/** `careledger figures --from-903 DIR`: the headline figures of a 903 folder any case system exported. */
export async function figuresFrom903(dir: string, laCode: string, year: CollectionYear, population?: readonly PopulationEstimate[]): Promise<Figure[]> {
  return headlineFigures({ laCode, year, tables: await read903Folder(dir, year), ...(population ? { population } : {}) });
}
