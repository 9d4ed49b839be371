import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError, type CalendarDate } from '@careledger/runtime';
import { headlineFigures, type Figure, type PopulationEstimate } from '@careledger/measures';
import {
  checkReturnScope, formatSsda903Files, selectReturn, toXml, write903Folder, type CollectionYear, type ProjectionQuery,
  type ReturnIssues, type ReturnScope, type Ssda903Tables, type TableName,
} from '@careledger/ssda903';
import type { KnownOnInstant } from './asKnownOn';
import { computeMeasureFigures, measureFiguresCsv, type FigurePresentation, type MeasureFiguresDocument } from './measureFigures';

const LA_EVENTS_SQL = readFileSync(new URL('./laEvents.sql', import.meta.url), 'utf8');

/**
 * The projections a return is read from: the 903's query port, where they are (for the errors), and the same
 * projections as they could have been derived at an earlier instant (ProjectionStore.asKnownOn).
 */
export interface ReturnsStore extends ProjectionQuery {
  readonly path: string;
  asKnownOn(laCode: string, instant: KnownOnInstant): Promise<ReturnsStore & { close(): void }>;
}

export interface AnnualReturnScope extends ReturnScope {
  readonly population?: readonly PopulationEstimate[];
  /** Only what had been recorded by this instant counts (parseAsKnownOn): the return as it could have been run then. */
  readonly asKnownOn?: KnownOnInstant;
  /** Also compute every catalogue measure for the year's months, quarters and the year (measures.json). */
  readonly withMeasures?: boolean;
  /** How those measures are compared and shown (targets, DfE tables, suppression). */
  readonly presentation?: FigurePresentation;
}

export interface AnnualReturn {
  readonly laCode: string;
  readonly year: CollectionYear;
  readonly asAt: CalendarDate;
  readonly asKnownOn?: KnownOnInstant;
  readonly tables: Ssda903Tables;
  readonly figures: Figure[];
  /** What the return could not state as recorded: beside the files, never silently left out of them. */
  readonly issues: ReturnIssues;
  /** The measure catalogue for the year, when asked for (withMeasures). */
  readonly measures?: MeasureFiguresDocument;
}

export interface FiguresDocument {
  readonly laCode: string;
  readonly collectionYear: string;
  readonly asAt: CalendarDate;
  readonly asKnownOn?: KnownOnInstant;
  readonly figures: Figure[];
}

async function requireEventsFor(store: ReturnsStore, laCode: string): Promise<void> {
  const [row] = await store.query<{ found: boolean }>(LA_EVENTS_SQL, { laCode });
  if (!row?.found) {
    throw new NotFoundError('return.no_events', `no events for LA ${laCode} in ${store.path}: check --la and --data`, { laCode, path: store.path });
  }
}

/**
 * The 903 tables and headline figures for one LA and year; the figures are computed from those very tables. With
 * `asKnownOn`, from the LA's projections derived again from only the events recorded by then.
 */
export async function computeAnnualReturn(store: ReturnsStore, scope: AnnualReturnScope): Promise<AnnualReturn> {
  checkReturnScope(scope);
  if (scope.asKnownOn === undefined) return returnFrom(store, scope);
  const known = await store.asKnownOn(scope.laCode, scope.asKnownOn);
  try {
    return await returnFrom(known, scope);
  } finally {
    known.close();
  }
}

async function returnFrom(store: ReturnsStore, scope: AnnualReturnScope): Promise<AnnualReturn> {
  const { tables, issues } = await selectReturn(store, scope);
  // Only an empty return can be a mistyped --la or --data; one with children proves the LA has events.
  if (tables.header.length === 0 && tables.episodes.length === 0) await requireEventsFor(store, scope.laCode);
  const figures = headlineFigures({ laCode: scope.laCode, year: scope.year, tables, ...(scope.population ? { population: scope.population } : {}) });
  const measures = scope.withMeasures
    ? await computeMeasureFigures(store, { ...scope.presentation, laCode: scope.laCode, year: scope.year, asAt: scope.asAt, ...(scope.population ? { population: scope.population } : {}) })
    : undefined;
  return {
    laCode: scope.laCode, year: scope.year, asAt: scope.asAt, ...(scope.asKnownOn ? { asKnownOn: scope.asKnownOn } : {}), tables, figures, issues,
    ...(measures ? { measures: scope.asKnownOn ? { ...measures, asKnownOn: scope.asKnownOn } : measures } : {}),
  };
}

export function figuresDocument(annualReturn: AnnualReturn): FiguresDocument {
  return {
    laCode: annualReturn.laCode, collectionYear: annualReturn.year.label, asAt: annualReturn.asAt,
    ...(annualReturn.asKnownOn ? { asKnownOn: annualReturn.asKnownOn } : {}), figures: annualReturn.figures,
  };
}

/** Each table's CSV as the return's year writes it. */
export function ssda903Csv(annualReturn: Pick<AnnualReturn, 'tables' | 'year'>): { readonly [T in TableName]: string } {
  return formatSsda903Files(annualReturn.tables, annualReturn.year);
}

/**
 * Writes, under `<dir>/returns/<YYYY>/`: the DfE CSVs `ssda903/*.csv`, the same return as the DfE XML file
 * `ssda903.xml`, `figures.json`, `issues.json` (what the return could not state) and, when computed, the measure
 * catalogue as `measures.json` and `measures.csv`; returns the year folder.
 */
export async function writeAnnualReturn(dir: string, annualReturn: AnnualReturn): Promise<string> {
  const yearDir = join(dir, 'returns', String(annualReturn.year.endYear));
  await write903Folder(join(yearDir, 'ssda903'), annualReturn.tables, annualReturn.year);
  await writeFile(join(yearDir, 'ssda903.xml'), toXml(annualReturn.tables, annualReturn.year));
  await writeFile(join(yearDir, 'figures.json'), `${JSON.stringify(figuresDocument(annualReturn), null, 2)}\n`);
  await writeFile(join(yearDir, 'issues.json'), `${JSON.stringify(issuesDocument(annualReturn), null, 2)}\n`);
  if (annualReturn.measures) {
    await writeFile(join(yearDir, 'measures.json'), `${JSON.stringify(annualReturn.measures, null, 2)}\n`);
    await writeFile(join(yearDir, 'measures.csv'), measureFiguresCsv(annualReturn.measures));
  }
  return yearDir;
}

export function issuesDocument(annualReturn: AnnualReturn): { laCode: string; collectionYear: string; asAt: CalendarDate } & ReturnIssues {
  return { laCode: annualReturn.laCode, collectionYear: annualReturn.year.label, asAt: annualReturn.asAt, ...annualReturn.issues };
}
