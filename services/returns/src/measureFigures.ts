import { formatCsv, type CalendarDate } from '@careledger/runtime';
import { computeCatalogue, type CatalogueFigure, type MeasureResult, type PopulationEstimate, type SeriesGrain } from '@careledger/measures';
import type { CollectionYear, ProjectionQuery } from '@careledger/ssda903';

export interface MeasureFiguresScope {
  readonly laCode: string;
  readonly year: CollectionYear;
  readonly asAt: CalendarDate;
  readonly grains?: readonly SeriesGrain[];
  readonly population?: readonly PopulationEstimate[];
}

interface PeriodText { readonly kind: string; readonly start: CalendarDate; readonly end: CalendarDate; readonly label: string }

/** One catalogue figure as careledger writes it out (measures.json, measures.csv, the run record). */
export interface MeasureFigure {
  readonly id: string;
  readonly title: string;
  readonly definition: string;
  readonly source: string;
  readonly unit: string;
  readonly polarity: string;
  readonly variant?: string;
  readonly grain: SeriesGrain;
  readonly aggregate: 'pooled' | 'meanOfMonths';
  /** The reporting period (the month, quarter, year or year to date). */
  readonly period: PeriodText;
  /** What the measure was taken over for it: as at its end for a point-in-time measure. */
  readonly measuredOver: PeriodText;
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator?: number;
  readonly note?: string;
  readonly breakdowns: Record<string, Record<string, number>>;
  readonly previous?: { readonly period: PeriodText; readonly value: number | null; readonly numerator: number; readonly denominator?: number };
}

export interface MeasureFiguresDocument {
  readonly laCode: string;
  readonly collectionYear: string;
  readonly asAt: CalendarDate;
  readonly asKnownOn?: string;
  readonly figures: MeasureFigure[];
}

const periodText = ({ kind, start, end, label }: PeriodText): PeriodText => ({ kind, start, end, label });

const figureOf = (result: MeasureResult) => ({
  value: result.value, numerator: result.numerator, ...(result.denominator !== undefined ? { denominator: result.denominator } : {}),
});

function measureFigure(figure: CatalogueFigure): MeasureFigure {
  const { measure, result, previous } = figure;
  return {
    id: measure.id, title: measure.title, definition: measure.definition, source: measure.source, unit: measure.unit, polarity: measure.polarity,
    ...(measure.variant ? { variant: measure.variant } : {}),
    grain: figure.grain, aggregate: figure.aggregate, period: periodText(figure.period), measuredOver: periodText(result.period),
    ...figureOf(result), ...(result.note ? { note: result.note } : {}), breakdowns: result.breakdowns,
    ...(previous ? { previous: { period: periodText(previous.period), ...figureOf(previous) } } : {}),
  };
}

/** Every catalogue measure for one LA and year, month by month, by quarter and for the year (to date). */
export async function computeMeasureFigures(store: ProjectionQuery, scope: MeasureFiguresScope): Promise<MeasureFiguresDocument> {
  const run = await computeCatalogue(store, {
    laCode: scope.laCode, year: scope.year, asAt: scope.asAt, ...(scope.grains ? { grains: scope.grains } : {}), ...(scope.population ? { population: scope.population } : {}),
  });
  return { laCode: scope.laCode, collectionYear: scope.year.label, asAt: scope.asAt, figures: run.figures.map(measureFigure) };
}

const CSV_COLUMNS = [
  'id', 'title', 'grain', 'period', 'period_start', 'period_end', 'measured_over', 'aggregate', 'value', 'numerator', 'denominator', 'unit',
  'polarity', 'source', 'variant', 'previous_period', 'previous_value', 'note', 'definition',
] as const;

/** One line per figure, for a spreadsheet. */
export function measureFiguresCsv(document: MeasureFiguresDocument): string {
  return formatCsv(CSV_COLUMNS, document.figures.map((f) => ({
    id: f.id, title: f.title, grain: f.grain, period: f.period.label, period_start: f.period.start, period_end: f.period.end,
    measured_over: f.measuredOver.label, aggregate: f.aggregate, value: f.value, numerator: f.numerator, denominator: f.denominator,
    unit: f.unit, polarity: f.polarity, source: f.source, variant: f.variant, previous_period: f.previous?.period.label,
    previous_value: f.previous?.value, note: f.note, definition: f.definition,
  })));
}
