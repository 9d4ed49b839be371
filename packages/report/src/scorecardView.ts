import { measureById } from '@careledger/measures';
import type { FigureIndex } from './figureIndex';
import { DIRECTION_TEXT, formatValue, isCountUnit, POLARITY_TEXT, RAG_TEXT } from './formatFigure';
import type { ReportFigure, ReportPeriod } from './reportInput';
import { rowReference, SCORECARD_SECTIONS } from './scorecard/registry';

/** One value shown in the report, with what identifies it in the figures JSON of the same run. */
export interface FigureCell {
  readonly text: string;
  readonly measureId: string;
  readonly grain: 'month' | 'quarter' | 'year';
  readonly period: string;
  /** 'current': a figure of the report's collection year; 'lastYear': of the year before (the last year end). */
  readonly source: 'current' | 'lastYear';
  /** The value as in the JSON: a number, 'c', or '' for none. */
  readonly raw: string;
  readonly isCount: boolean;
  readonly note?: string;
}

export interface ScorecardRowView {
  readonly ref: string;
  readonly measureId: string;
  readonly title: string;
  readonly polarity: string;
  readonly england: string;
  readonly neighbours: string;
  readonly target: string;
  readonly lastYearEnd: FigureCell | null;
  readonly quarters: readonly (FigureCell | null)[];
  readonly yearToDate: FigureCell | null;
  /** The month of a monthly report; null otherwise. */
  readonly month: FigureCell | null;
  readonly rag: { readonly status: string; readonly letter: string; readonly text: string; readonly reason: string };
  readonly direction: { readonly trend: string; readonly symbol: string; readonly text: string; readonly reason: string };
}

export interface ScorecardSectionView {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly ScorecardRowView[];
}

const raw = (value: ReportFigure['value']): string => (value === null ? '' : String(value));

function valueCell(figure: ReportFigure | undefined, measureId: string, grain: FigureCell['grain'], source: FigureCell['source'] = 'current'): FigureCell | null {
  if (!figure) return null;
  const period = (figure.reportingPeriod ?? figure.period).label;
  return { text: formatValue(figure.value, figure.unit), measureId, grain, period, source, raw: raw(figure.value), isCount: isCountUnit(figure.unit), ...(figure.value === null && figure.note ? { note: figure.note } : {}) };
}


function comparatorText(figure: ReportFigure, which: 'england' | 'statisticalNeighbours'): string {
  const published = figure.comparators[which];
  if (published.value === null) return '–';
  return `${formatValue(published.value, figure.unit)} (${published.year})`;
}

function targetText(figure: ReportFigure): string {
  const target = figure.target;
  if (!target) return '–';
  if (target.range) return `${formatValue(target.range.low, figure.unit)} to ${formatValue(target.range.high, figure.unit)}`;
  return target.target === undefined ? '–' : formatValue(target.target, figure.unit);
}

export const quarterLabels = (collectionYear: string): string[] => [1, 2, 3, 4].map((q) => `${collectionYear} Q${q}`);

/**
 * The scorecard of the seeds (Cheshire East's: reference, measure, polarity, statistical neighbours, England,
 * target, last year end, the quarters, RAG, direction of travel), one row per registry row whose measure the run
 * computed. RAG and direction are those of the report period's figure.
 */
export function scorecardView(index: FigureIndex, lastYear: FigureIndex, collectionYear: string, period: ReportPeriod): ScorecardSectionView[] {
  return SCORECARD_SECTIONS.map((section) => ({
    id: section.id,
    title: section.title,
    rows: section.rows.flatMap((row, i) => {
      const measure = measureById(row.measureId);
      const year = index.year(row.measureId);
      const reporting = index.get(row.measureId, period.grain, period.label) ?? year;
      const any = reporting ?? index.first(row.measureId);
      if (!measure || !any) return [];
      const assessed = reporting ?? any;
      return [{
        ref: rowReference(section, i), measureId: row.measureId, title: measure.title, polarity: POLARITY_TEXT[measure.polarity],
        england: comparatorText(assessed, 'england'), neighbours: comparatorText(assessed, 'statisticalNeighbours'), target: targetText(assessed),
        lastYearEnd: valueCell(lastYear.year(row.measureId), row.measureId, 'year', 'lastYear'),
        quarters: quarterLabels(collectionYear).map((label) => valueCell(index.get(row.measureId, 'quarter', label), row.measureId, 'quarter')),
        yearToDate: valueCell(year, row.measureId, 'year'),
        month: period.grain === 'month' ? valueCell(index.get(row.measureId, 'month', period.label), row.measureId, 'month') : null,
        rag: { status: assessed.rag.status, ...RAG_TEXT[assessed.rag.status], reason: assessed.rag.reason },
        direction: { trend: assessed.direction.trend, ...DIRECTION_TEXT[assessed.direction.trend], reason: assessed.direction.reason },
      } satisfies ScorecardRowView];
    }),
  })).filter((s) => s.rows.length > 0);
}
