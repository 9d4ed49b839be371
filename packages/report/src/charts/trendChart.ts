import type { FigureIndex } from '../figureIndex';
import type { TableCell } from '../tablesView';

/** One point of a chart: a period, a series and its value (null: suppressed or not available, drawn as a gap). */
export interface ChartPoint {
  readonly period: string;
  readonly series: string;
  readonly value: number | null;
  /** 'c' when suppressed: the data table says so. */
  readonly shown: string;
  /** Whether the value is a count of children or records. */
  readonly isCount: boolean;
}

/** A chart of the report: built from the run's figures, drawn by Vega-Lite, read without it from its data table. */
export interface TrendChart {
  readonly id: string;
  readonly title: string;
  /** The catalogue measures it draws month by month: the report computes their months. */
  readonly measureIds: readonly string[];
  /** What the chart shows, for a reader who cannot see it (its text alternative). */
  describe(points: readonly ChartPoint[]): string;
  points(index: FigureIndex, context: { readonly collectionYear: string }): ChartPoint[];
  /** The Vega-Lite spec for the points (data left out: the renderer adds it). */
  spec(points: readonly ChartPoint[]): Record<string, unknown>;
  readonly valueHeading: string;
}

export function defineTrendChart(chart: TrendChart): TrendChart {
  return chart;
}

export const monthLabel = (label: string): string => label.replace(/^(\w{3})\w* (\d{4})$/, '$1 $2');

/** The figures of a monthly series as chart points: a suppressed value is a gap, never a zero. */
export function monthlyPoints(index: FigureIndex, measureId: string, series: string, isCount: boolean): ChartPoint[] {
  return index.series(measureId, 'month').map((f) => ({
    period: monthLabel((f.reportingPeriod ?? f.period).label), series,
    value: typeof f.value === 'number' ? f.value : null, shown: f.value === null ? '–' : String(f.value), isCount,
  }));
}

export function tableCells(point: ChartPoint): TableCell {
  return point.isCount ? { text: point.shown, count: point.value ?? (point.shown === 'c' ? 'c' : null) } : { text: point.shown };
}

export function rangeText(points: readonly ChartPoint[], series: string, unit = ''): string {
  const values = points.filter((p) => p.series === series && p.value !== null);
  if (values.length === 0) return `no ${series} figure could be shown`;
  const first = values[0]!;
  const last = values[values.length - 1]!;
  const min = values.reduce((a, b) => (b.value! < a.value! ? b : a));
  const max = values.reduce((a, b) => (b.value! > a.value! ? b : a));
  return `${series}: ${first.value}${unit} in ${first.period} and ${last.value}${unit} in ${last.period}, lowest ${min.value}${unit} (${min.period}), highest ${max.value}${unit} (${max.period})`;
}

/** Common look: A4-friendly width, the system sans-serif (no web font to fetch), colour-blind-safe categories. */
export const BASE_SPEC = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 560, height: 220,
  config: { font: 'Arial, Helvetica, sans-serif', view: { stroke: null }, range: { category: { scheme: 'tableau10' } }, axis: { labelFontSize: 11, titleFontSize: 11, labelAngle: -40 }, legend: { orient: 'bottom', labelFontSize: 11, labelLimit: 320, columns: 2 } },
} as const;
