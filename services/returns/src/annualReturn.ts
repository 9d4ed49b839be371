import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CalendarDate } from '@careledger/runtime';
import type { ProjectionStore } from '@careledger/projections';
import { headlineFigures, type Figure, type PopulationEstimate } from '@careledger/measures';
import { TABLE_FILE_NAMES, toCsv, type CollectionYear, type Ssda903Tables, type TableName } from '@careledger/ssda903';
import { selectSsda903Tables } from './ssda903Tables';

export interface AnnualReturn {
  readonly laCode: string;
  readonly year: CollectionYear;
  readonly asAt: CalendarDate;
  readonly tables: Ssda903Tables;
  readonly figures: Figure[];
}

export interface FiguresDocument {
  readonly laCode: string;
  readonly collectionYear: string;
  readonly asAt: CalendarDate;
  readonly figures: Figure[];
}

/** The 903 tables and headline figures for one LA and year; the figures are computed from those very tables. */
export async function computeAnnualReturn(
  store: ProjectionStore,
  scope: { laCode: string; year: CollectionYear; asAt: CalendarDate; population?: readonly PopulationEstimate[] },
): Promise<AnnualReturn> {
  const tables = await selectSsda903Tables(store, scope);
  const figures = headlineFigures({ laCode: scope.laCode, year: scope.year, tables, ...(scope.population ? { population: scope.population } : {}) });
  return { laCode: scope.laCode, year: scope.year, asAt: scope.asAt, tables, figures };
}

export function figuresDocument(annualReturn: AnnualReturn): FiguresDocument {
  return { laCode: annualReturn.laCode, collectionYear: annualReturn.year.label, asAt: annualReturn.asAt, figures: annualReturn.figures };
}

export function ssda903Csv(tables: Ssda903Tables): Record<TableName, string> {
  return {
    header: toCsv('header', tables.header),
    episodes: toCsv('episodes', tables.episodes),
    reviews: toCsv('reviews', tables.reviews),
    missing: toCsv('missing', tables.missing),
    uasc: toCsv('uasc', tables.uasc),
  };
}

/** Writes `<dir>/returns/<YYYY>/ssda903/*.csv` and `<dir>/returns/<YYYY>/figures.json`; returns the year folder. */
export async function writeAnnualReturn(dir: string, annualReturn: AnnualReturn): Promise<string> {
  const yearDir = join(dir, 'returns', String(annualReturn.year.endYear));
  await mkdir(join(yearDir, 'ssda903'), { recursive: true });
  const csv = ssda903Csv(annualReturn.tables);
  for (const [table, content] of Object.entries(csv) as [TableName, string][]) {
    await writeFile(join(yearDir, 'ssda903', TABLE_FILE_NAMES[table]), content);
  }
  await writeFile(join(yearDir, 'figures.json'), `${JSON.stringify(figuresDocument(annualReturn), null, 2)}\n`);
  return yearDir;
}
