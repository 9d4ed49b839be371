import { createHash } from 'node:crypto';
import { addDays, InvalidInputError, todayInLondon, type CalendarDate } from '@careledger/runtime';
import {
  changeBetween, computeMeasure, eventsRecordedBetween, measureById, monthOf, periodForMeasure, quartersOf, suppressCount, suppressSmallNumbers, yearOf, type Measure, type Period, type PopulationEstimate,
} from '@careledger/measures';
import { HEADLINE_MEASURE_IDS, reportMeasureIds, SCORECARD_SECTIONS, type DataQuality, type HeadlineChange, type ReportFigure, type ReportInput, type ReportMode, type ReportPeriod } from '@careledger/report';
import { collectionYear as collectionYearEnding, collectionYearContaining, parseCollectionYear, selectReturn, type CollectionYear } from '@careledger/ssda903';
import type { ReturnsStore } from './annualReturn';
import { parseAsKnownOn, type KnownOnInstant } from './asKnownOn';
import { computeMeasureFigures, type FigurePresentation } from './measureFigures';

export type ReportPeriodChoice = { readonly grain: 'year' } | { readonly grain: 'quarter'; readonly quarter: 1 | 2 | 3 | 4 } | { readonly grain: 'month'; readonly month: string };

export interface CommitteeReportScope extends Omit<FigurePresentation, 'suppress'> {
  readonly laCode: string;
  readonly laName?: string;
  readonly year: CollectionYear;
  readonly period: ReportPeriodChoice;
  readonly mode: ReportMode;
  /** Only what had been recorded by this instant counts; default everything recorded now. */
  readonly asKnownOn?: KnownOnInstant;
  /** When the last report's figures were known; default the end of the last day of the period before. */
  readonly lastReportKnownOn?: KnownOnInstant;
  readonly population?: readonly PopulationEstimate[];
  /** The refused events the caller read from its dead-letter store (the returns side does not hold them). */
  readonly refusedEvents: DataQuality['refusedEvents'];
  /** Today in London, for a period not yet ended (tests pass it). */
  readonly today?: CalendarDate;
  readonly now?: () => Date;
}

/** The report's period, and the one before it (what the last report was for). */
export function reportPeriodOf(year: CollectionYear, choice: ReportPeriodChoice): { period: Period; before: Period } {
  if (choice.grain === 'year') return { period: yearOf(year), before: yearOf(collectionYearEnding(year.endYear - 1)) };
  if (choice.grain === 'quarter') {
    const quarters = quartersOf(year);
    return { period: quarters[choice.quarter - 1]!, before: choice.quarter === 1 ? quartersOf(collectionYearEnding(year.endYear - 1))[3]! : quarters[choice.quarter - 2]! };
  }
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(choice.month)) throw new InvalidInputError('report.month', `month '${choice.month}' is not YYYY-MM`, { month: choice.month });
  const period = monthOf(`${choice.month}-01`);
  if (collectionYearContaining(period.start).label !== year.label) {
    throw new InvalidInputError('report.month_outside_year', `month ${choice.month} is not in collection year ${year.label} (${year.start} to ${year.end})`, { month: choice.month, year: year.label });
  }
  return { period, before: monthOf(addDays(period.start, -1)) };
}

const measuresNamed = (ids: readonly string[]): Measure[] => [...new Set(ids)].map((id) => measureById(id)).filter((m): m is Measure => m !== undefined);

/** The scorecard's measures, for the last year end. */
const scorecardMeasures = (): Measure[] => measuresNamed(SCORECARD_SECTIONS.flatMap((s) => s.rows.map((r) => r.measureId)));

/**
 * Everything the committee report shows for one LA and period, from the projections: the year's catalogue figures,
 * the previous year's for the last year end, the headline figures' changes since the last report (as known then
 * and now, with the records that moved them), and what could not be read. Public mode suppresses small numbers in
 * all of it.
 */
export async function committeeReportInput(store: ReturnsStore, scope: CommitteeReportScope): Promise<ReportInput> {
  const now = scope.now?.() ?? new Date();
  const today = scope.today ?? todayInLondon(now);
  const { period, before } = reportPeriodOf(scope.year, scope.period);
  const knownOnDate = scope.asKnownOn ? todayInLondon(new Date(scope.asKnownOn)) : today;
  const asAt = period.end < knownOnDate ? period.end : knownOnDate;
  if (asAt < period.start) throw new InvalidInputError('report.period_not_started', `${period.label} starts on ${period.start}, after the data stands (${asAt})`, { period: period.label, asAt });
  const suppress = scope.mode === 'public';
  const presentation = {
    ...(scope.comparators ? { comparators: scope.comparators } : {}), ...(scope.targets ? { targets: scope.targets } : {}),
    ...(scope.referenceFiles ? { referenceFiles: scope.referenceFiles } : {}), suppress,
  };
  const common = { ...presentation, laCode: scope.laCode, ...(scope.population ? { population: scope.population } : {}) };
  const known = scope.asKnownOn ? await store.asKnownOn(scope.laCode, scope.asKnownOn) : undefined;
  const source = known ?? store;
  try {
    const lastReportKnownOn = scope.lastReportKnownOn ?? parseAsKnownOn(before.end)!;
    // The store as known on the last report is a copy to build: it is built while the year's figures are computed.
    const thenStore = store.asKnownOn(scope.laCode, lastReportKnownOn);
    thenStore.catch(() => undefined);
    let then: Awaited<typeof thenStore> | undefined;
    try {
      // Months only where a chart or table draws them (and the month of a monthly report): most of the scorecard is
      // read by quarter and year, and every month is twelve more periods to compute.
      const read = reportMeasureIds();
      const monthlyIds = period.kind === 'month' ? [] : read.monthly;
      const quarterly = measuresNamed(period.kind === 'month' ? [...read.byQuarterAndYear, ...read.monthly] : read.byQuarterAndYear);
      const figures = {
        figures: [
          ...(await computeMeasureFigures(source, { ...common, year: scope.year, asAt, grains: period.kind === 'month' ? ['month', 'quarter', 'year'] : ['quarter', 'year'], measures: quarterly })).figures,
          ...(monthlyIds.length > 0 ? (await computeMeasureFigures(source, { ...common, year: scope.year, asAt, measures: measuresNamed(monthlyIds) })).figures : []),
        ],
      };
      const previousYear = collectionYearEnding(scope.year.endYear - 1);
      // A year that has ended was compared with the whole year before (direction of travel): that is the last year
      // end. A year to date was compared with the same days of the year before, so the whole year is computed.
      const lastYearEnd = asAt >= scope.year.end
        ? figures.figures.filter((f) => f.grain === 'year' && f.previous).map((f) => lastYearOf(f, previousYear))
        : (await computeMeasureFigures(source, { ...common, year: previousYear, asAt: previousYear.end, grains: ['year'], measures: scorecardMeasures() })).figures;
      const { issues } = await selectReturn(source, { laCode: scope.laCode, year: scope.year, asAt });
      const knownTo = scope.asKnownOn ?? now.toISOString();
      const changes: HeadlineChange[] = [];
      then = await thenStore;
      const events = await eventsRecordedBetween(store, scope.laCode, lastReportKnownOn, knownTo);
      for (const id of HEADLINE_MEASURE_IDS) {
        const measure = measureById(id);
        if (!measure) continue;
        const measured = { laCode: scope.laCode, period: periodForMeasure(measure, before), ...(scope.population ? { population: scope.population } : {}) };
        const change = changeBetween(measure, { asKnownOn: lastReportKnownOn, result: await computeMeasure(then, measure, measured) }, { asKnownOn: knownTo, result: await computeMeasure(source, measure, measured) }, events);
        const shown = (r: typeof change.before) => suppressSmallNumbers({ unit: measure.unit, value: r.value, numerator: r.numerator, ...(r.denominator !== undefined ? { denominator: r.denominator } : {}) }, { suppress }).value;
        const current = figures.figures.find((f) => f.id === id && f.grain === period.kind && (f.reportingPeriod ?? f.period).label === period.label && f.aggregate !== 'meanOfMonths')
          ?? figures.figures.find((f) => f.id === id && f.grain === 'year' && f.aggregate !== 'meanOfMonths');
        changes.push({
          measureId: id, title: measure.title, unit: measure.unit, period: change.period,
          lastReport: { asKnownOn: lastReportKnownOn, value: shown(change.before) },
          now: { asKnownOn: knownTo, value: shown(change.after) },
          changedRows: suppressCount(change.children.length, suppress),
          causes: {
            correction: suppressCount(change.causes.correction, suppress), lateRecorded: suppressCount(change.causes.lateRecorded, suppress), newActivity: suppressCount(change.causes.newActivity, suppress),
          },
          current: { period: current ? (current.reportingPeriod ?? current.period).label : period.label, value: current?.value ?? null },
        });
      }
      const byKind = new Map<string, number>();
      for (const issue of issues.episodes) byKind.set(`${issue.kind}: ${issue.field}`, (byKind.get(`${issue.kind}: ${issue.field}`) ?? 0) + 1);
      if (issues.careLeaversWithoutContact.length > 0) byKind.set('care leavers aged 17 to 21 with no contact recorded around their birthday', issues.careLeaversWithoutContact.length);
      const refusedEvents = 'unavailable' in scope.refusedEvents ? scope.refusedEvents : {
        count: suppressCount(Number(scope.refusedEvents.count), suppress),
        byReason: scope.refusedEvents.byReason.map((r) => ({ reason: r.reason, count: suppressCount(Number(r.count), suppress) })),
      };
      const reportPeriod: ReportPeriod = { grain: period.kind as ReportPeriod['grain'], label: period.label, start: period.start, end: period.end };
      const runId = createHash('sha256').update(JSON.stringify([scope.laCode, period.label, asAt, scope.asKnownOn ?? null, knownTo, scope.mode])).digest('hex').slice(0, 12);
      return {
        laCode: scope.laCode, ...(scope.laName ? { laName: scope.laName } : {}), collectionYear: scope.year.label, period: reportPeriod, asAt,
        ...(scope.asKnownOn ? { asKnownOn: scope.asKnownOn } : {}), generatedAt: now.toISOString(), runId, mode: scope.mode,
        figures: figures.figures, lastYearEnd, changes, lastReportKnownOn,
        dataQuality: { refusedEvents, returnIssues: [...byKind].map(([issue, n]) => ({ issue, count: suppressCount(n, suppress) })), validation: null },
      };
    } finally {
      (then ?? (await thenStore.catch(() => undefined)))?.close();
    }
  } finally {
    known?.close();
  }
}

/** The previous year's figure a year figure was compared with, as a figure of that year. */
function lastYearOf(figure: ReportFigure, year: CollectionYear): ReportFigure {
  const previous = figure.previous!;
  return {
    ...figure, period: previous.period, reportingPeriod: { kind: 'year', start: year.start, end: year.end, label: year.label },
    value: previous.value, numerator: previous.numerator, ...(previous.denominator !== undefined ? { denominator: previous.denominator } : {}),
    suppressed: previous.suppressed, previous: null, breakdowns: {},
  };
}

export const REPORT_PERIOD_FORMS = '2025-26 or 2026 (the collection year), 2025-26-Q3 (a quarter; Q1 is April to June) or 2025-12 (a month)';

/** A report period as the HTTP query writes it; undefined when it is none of REPORT_PERIOD_FORMS. */
export function parseReportPeriod(text: string): { year: CollectionYear; choice: ReportPeriodChoice } | undefined {
  const quarter = /^(\d{4}-\d{2}|\d{4})-Q([1-4])$/.exec(text);
  if (quarter) {
    const year = parseCollectionYear(quarter[1]!);
    return year ? { year, choice: { grain: 'quarter', quarter: Number(quarter[2]) as 1 | 2 | 3 | 4 } } : undefined;
  }
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return { year: collectionYearContaining(`${text}-01`), choice: { grain: 'month', month: text } };
  const year = parseCollectionYear(text);
  return year ? { year, choice: { grain: 'year' } } : undefined;
}
