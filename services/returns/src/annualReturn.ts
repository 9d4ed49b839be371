import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError, type CalendarDate } from '@careledger/runtime';
import { headlineFigures, type Figure, type PopulationEstimate } from '@careledger/measures';
import {
  checkReturnScope, formatSsda903Files, selectSsda903Tables, write903Folder, type CollectionYear, type ProjectionQuery,
  type ReturnScope, type Ssda903Tables, type TableName,
} from '@careledger/ssda903';

const LA_EVENTS_SQL = readFileSync(new URL('./laEvents.sql', import.meta.url), 'utf8');

/** The projections a return is read from: the 903's query port, and where they are (for the errors). */
export type ReturnsStore = ProjectionQuery & { readonly path: string };

export interface AnnualReturnScope extends ReturnScope {
  readonly population?: readonly PopulationEstimate[];
}

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

async function requireEventsFor(store: ReturnsStore, laCode: string): Promise<void> {
  const [row] = await store.query<{ found: boolean }>(LA_EVENTS_SQL, { laCode });
  if (!row?.found) {
    throw new NotFoundError('return.no_events', `no events for LA ${laCode} in ${store.path}: check --la and --data`, { laCode, path: store.path });
  }
}

/** The 903 tables and headline figures for one LA and year; the figures are computed from those very tables. */
export async function computeAnnualReturn(store: ReturnsStore, scope: AnnualReturnScope): Promise<AnnualReturn> {
  checkReturnScope(scope);
  const tables = await selectSsda903Tables(store, scope);
  // Only an empty return can be a mistyped --la or --data; one with children proves the LA has events.
  if (tables.header.length === 0 && tables.episodes.length === 0) await requireEventsFor(store, scope.laCode);
  const figures = headlineFigures({ laCode: scope.laCode, year: scope.year, tables, ...(scope.population ? { population: scope.population } : {}) });
  return { laCode: scope.laCode, year: scope.year, asAt: scope.asAt, tables, figures };
}

export function figuresDocument(annualReturn: AnnualReturn): FiguresDocument {
  return { laCode: annualReturn.laCode, collectionYear: annualReturn.year.label, asAt: annualReturn.asAt, figures: annualReturn.figures };
}

/** Each table's CSV as the return's year writes it. */
export function ssda903Csv(annualReturn: Pick<AnnualReturn, 'tables' | 'year'>): { readonly [T in TableName]: string } {
  return formatSsda903Files(annualReturn.tables, annualReturn.year);
}

/** Writes `<dir>/returns/<YYYY>/ssda903/*.csv` and `<dir>/returns/<YYYY>/figures.json`; returns the year folder. */
export async function writeAnnualReturn(dir: string, annualReturn: AnnualReturn): Promise<string> {
  const yearDir = join(dir, 'returns', String(annualReturn.year.endYear));
  await write903Folder(join(yearDir, 'ssda903'), annualReturn.tables, annualReturn.year);
  await writeFile(join(yearDir, 'figures.json'), `${JSON.stringify(figuresDocument(annualReturn), null, 2)}\n`);
  return yearDir;
}
