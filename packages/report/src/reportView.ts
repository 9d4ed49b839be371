import { measureById } from '@careledger/measures';
import { renderChartSvg } from './charts/renderChart';
import { TREND_CHARTS } from './charts/registry';
import { tableCells } from './charts/trendChart';
import { FigureIndex } from './figureIndex';
import { formatValue } from './formatFigure';
import type { DataQuality, HeadlineChange, ReportInput } from './reportInput';
import { scorecardView, quarterLabels, type ScorecardSectionView } from './scorecardView';
import { reportTables, type TableCell, type TableView } from './tablesView';

export interface ChartView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly svg: string;
  readonly table: TableView;
}

export interface ChangeView {
  readonly measureId: string;
  readonly title: string;
  readonly period: string;
  readonly lastReport: string;
  readonly now: string;
  readonly current: string;
  readonly currentPeriod: string;
  readonly changedRows: TableCell;
  readonly corrections: TableCell;
  readonly lateRecords: TableCell;
  readonly newActivity: TableCell;
  readonly summary: string;
}

export interface DefinitionView {
  readonly measureId: string;
  readonly title: string;
  readonly definition: string;
  readonly source: string;
  readonly numerator: string;
  readonly denominator?: string;
  readonly variant?: string;
}

export interface ReportView {
  readonly input: Pick<ReportInput, 'laCode' | 'laName' | 'collectionYear' | 'period' | 'asAt' | 'asKnownOn' | 'generatedAt' | 'runId' | 'mode' | 'lastReportKnownOn'>;
  readonly title: string;
  readonly quarterLabels: readonly string[];
  readonly scorecard: readonly ScorecardSectionView[];
  readonly charts: readonly ChartView[];
  readonly tables: readonly TableView[];
  readonly changes: readonly ChangeView[];
  readonly dataQuality: { readonly refused: TableView | { readonly unavailable: string }; readonly returnIssues: TableView; readonly validation: TableView | null };
  readonly definitions: readonly DefinitionView[];
}

const count = (n: HeadlineChange['changedRows']): TableCell => ({ text: formatValue(n, 'count'), count: n });

function changeView(change: HeadlineChange): ChangeView {
  const before = formatValue(change.lastReport.value, change.unit);
  const after = formatValue(change.now.value, change.unit);
  const revised = before === after ? `unchanged at ${after}` : `revised from ${before} to ${after}`;
  return {
    measureId: change.measureId, title: change.title, period: change.period, lastReport: before, now: after,
    current: formatValue(change.current.value, change.unit), currentPeriod: change.current.period,
    changedRows: count(change.changedRows), corrections: count(change.causes.correction), lateRecords: count(change.causes.lateRecorded), newActivity: count(change.causes.newActivity),
    summary: `${change.period}: ${revised} since the last report; ${change.current.period}: ${formatValue(change.current.value, change.unit)}.`,
  };
}

function dataQualityView(quality: DataQuality): ReportView['dataQuality'] {
  const refused = 'unavailable' in quality.refusedEvents
    ? { unavailable: quality.refusedEvents.unavailable }
    : {
      id: 'refused-events', caption: 'Events refused at ingest (kept whole with their reasons in the dead-letter store)', columns: ['Reason', 'Events'],
      rows: [...quality.refusedEvents.byReason.map((r) => [{ text: r.reason }, count(r.count)]), [{ text: 'All refused events' }, count(quality.refusedEvents.count)]],
    };
  return {
    refused,
    returnIssues: {
      id: 'return-issues', caption: 'What the 903 return could not state', columns: ['Issue', 'Records'],
      rows: quality.returnIssues.length === 0 ? [[{ text: 'None' }, { text: '0', count: 0 }]] : quality.returnIssues.map((i) => [{ text: i.issue }, count(i.count)]),
    },
    validation: quality.validation === null ? null : {
      id: 'validation-issues', caption: 'Open DfE validation issues', columns: ['Rule', 'Description', 'Records'],
      rows: quality.validation.map((v) => [{ text: v.rule }, { text: v.description }, count(v.count)]),
    },
  };
}

/** Everything the template shows, from the report's input: pure but for drawing the charts. */
export async function buildReportView(input: ReportInput): Promise<ReportView> {
  const index = new FigureIndex(input.figures);
  const scorecard = scorecardView(index, new FigureIndex(input.lastYearEnd), input.collectionYear, input.period);
  const charts: ChartView[] = [];
  for (const chart of TREND_CHARTS) {
    const points = chart.points(index, { collectionYear: input.collectionYear });
    if (points.length === 0) continue;
    const series = [...new Set(points.map((p) => p.series))];
    const periods = [...new Set(points.map((p) => p.period))];
    const byKey = new Map(points.map((p) => [`${p.period}\u0000${p.series}`, p]));
    charts.push({
      id: chart.id, title: chart.title, description: chart.describe(points),
      svg: await renderChartSvg(chart.spec(points), points, `${chart.id}-title`),
      table: {
        id: `${chart.id}-data`, caption: `Data for the chart: ${chart.title}`, columns: ['Month', ...series],
        rows: periods.map((period) => [{ text: period }, ...series.map((s) => { const p = byKey.get(`${period}\u0000${s}`); return p ? tableCells(p) : { text: '–' }; })]),
      },
    });
  }
  const shown = new Set(scorecard.flatMap((s) => s.rows.map((r) => r.measureId)));
  const definitions = [...shown].flatMap((id) => {
    const m = measureById(id);
    return m ? [{ measureId: m.id, title: m.title, definition: m.definition, source: m.source, numerator: m.numerator, ...(m.denominator ? { denominator: m.denominator } : {}), ...(m.variant ? { variant: m.variant } : {}) }] : [];
  });
  const { figures: _figures, lastYearEnd: _lastYearEnd, changes, dataQuality, ...header } = input;
  const place = input.laName ? `${input.laName} (LA ${input.laCode})` : `LA ${input.laCode}`;
  return {
    input: header,
    title: `Corporate parenting scorecard: ${place}, ${input.period.label}`,
    quarterLabels: quarterLabels(input.collectionYear),
    scorecard, charts, tables: reportTables(index, input.period, input.collectionYear),
    changes: changes.map(changeView), dataQuality: dataQualityView(dataQuality), definitions,
  };
}
