import { formatCsv, type CalendarDate } from '@careledger/runtime';
import {
  computeCatalogue, figureRecords, readMeasureReference, type ReferenceFiles, suppressBreakdowns, type ComparatorTables, type CouncilTargets, type FigureRecord, type PopulationEstimate,
  type SeriesGrain, type Shown, type Measure,
} from '@careledger/measures';
import type { CollectionYear, ProjectionQuery } from '@careledger/ssda903';

/** How figures are compared and shown: the council's targets, DfE's tables (shipped unless supplied), suppression. */
export interface FigurePresentation {
  readonly comparators?: ComparatorTables;
  readonly targets?: CouncilTargets;
  /** DfE's small-number suppression (default on); false only for internal use. */
  readonly suppress?: boolean;
  /** The user's postcode lookup and Ofsted judgement files; a measure that needs one that is absent says so. */
  readonly referenceFiles?: ReferenceFiles;
}

export interface MeasureFiguresScope extends FigurePresentation {
  readonly laCode: string;
  readonly year: CollectionYear;
  readonly asAt: CalendarDate;
  readonly grains?: readonly SeriesGrain[];
  readonly population?: readonly PopulationEstimate[];
  /** Only these measures (default the whole catalogue). */
  readonly measures?: readonly Measure[];
}

/** One catalogue figure as careledger writes it (measures.json, the run record): the figure record and its breakdowns. */
export type MeasureFigure = FigureRecord & { readonly breakdowns: Record<string, Record<string, Shown>> };

export interface MeasureFiguresDocument {
  readonly laCode: string;
  readonly collectionYear: string;
  readonly asAt: CalendarDate;
  readonly asKnownOn?: string;
  /** Whether small-number suppression was applied (false: internal use only). */
  readonly suppressed: boolean;
  readonly figures: MeasureFigure[];
}

/** Every catalogue measure for one LA and year, month by month, by quarter and for the year (to date), compared and assessed. */
export async function computeMeasureFigures(store: ProjectionQuery, scope: MeasureFiguresScope): Promise<MeasureFiguresDocument> {
  const reference = scope.referenceFiles ? await readMeasureReference(store, scope.referenceFiles) : undefined;
  const run = await computeCatalogue(store, {
    ...(reference ? { reference } : {}),
    laCode: scope.laCode, year: scope.year, asAt: scope.asAt, ...(scope.grains ? { grains: scope.grains } : {}), ...(scope.population ? { population: scope.population } : {}),
    ...(scope.measures ? { measures: scope.measures } : {}),
  });
  const suppress = scope.suppress !== false;
  const records = figureRecords(run, {
    suppress, ...(scope.comparators ? { comparators: scope.comparators } : {}), ...(scope.targets ? { targets: scope.targets } : {}),
  });
  const figures = records.map((record, i) => ({ ...record, breakdowns: suppressBreakdowns(run.figures[i]!.result.breakdowns, { suppress }) }));
  return { laCode: scope.laCode, collectionYear: scope.year.label, asAt: scope.asAt, suppressed: suppress, figures };
}

const CSV_COLUMNS = [
  'id', 'title', 'grain', 'period', 'period_start', 'period_end', 'measured_over', 'aggregate', 'value', 'numerator', 'denominator', 'unit',
  'polarity', 'source', 'variant', 'england', 'england_year', 'region', 'region_value', 'statistical_neighbours', 'statistical_neighbours_year',
  'target', 'rag', 'direction', 'change', 'gap_to_england', 'gap_to_neighbours', 'previous_period', 'previous_value', 'suppressed', 'note', 'definition',
] as const;

/** One line per figure, for a spreadsheet. */
export function measureFiguresCsv(document: MeasureFiguresDocument): string {
  return formatCsv(CSV_COLUMNS, document.figures.map((f) => {
    const reporting = f.reportingPeriod ?? f.period;
    return {
      id: f.id, title: f.title, grain: f.grain, period: reporting.label, period_start: reporting.start, period_end: reporting.end,
      measured_over: f.period.label, aggregate: f.aggregate, value: f.value, numerator: f.numerator, denominator: f.denominator,
      unit: f.unit, polarity: f.polarity, source: f.source, variant: f.variant,
      england: f.comparators.england.value ?? f.comparators.england.symbol, england_year: f.comparators.england.year,
      region: f.comparators.region.geography, region_value: f.comparators.region.value ?? f.comparators.region.symbol,
      statistical_neighbours: f.comparators.statisticalNeighbours.value, statistical_neighbours_year: f.comparators.statisticalNeighbours.year,
      target: f.target?.target ?? (f.target?.range ? `${f.target.range.low}-${f.target.range.high}` : undefined),
      rag: f.rag.status, direction: f.direction.trend, change: f.direction.change,
      gap_to_england: f.gap.england.difference, gap_to_neighbours: f.gap.statisticalNeighbours.difference,
      previous_period: f.previous?.period.label, previous_value: f.previous?.value, suppressed: f.suppressed, note: f.note, definition: f.definition,
    };
  }));
}
