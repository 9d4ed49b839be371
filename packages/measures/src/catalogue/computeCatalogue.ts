import { addYears, InvalidInputError, type CalendarDate } from '@careledger/runtime';
import { collectionYear, type CollectionYear, type ProjectionQuery } from '@careledger/ssda903';
import type { Measure } from './defineMeasure';
import { type MeasureResult, type MeasureScope, type SeriesAggregate } from './computeMeasure';
import { computeMeasuresOfCohort } from './computeOverPeriods';
import { asAt, monthsOf, quartersOf, threeYearRolling, yearOf, yearToDate, type Period, type SeriesGrain } from './periods';
import { MEASURES } from './registry';

export interface CatalogueScope extends Omit<MeasureScope, 'period'> {
  readonly year: CollectionYear;
  /** Default: month, quarter and year. */
  readonly grains?: readonly SeriesGrain[];
  /** Default: the whole catalogue. */
  readonly measures?: readonly Measure[];
  /**
   * The date the data stands at: only months and quarters ended by then are reported, and a year not yet ended is
   * reported to date (year to date; as at the date for a point-in-time measure), compared with the same days of the
   * year before. Default: the year's end.
   */
  readonly asAt?: CalendarDate;
}

/** One figure of a catalogue run: a measure over one reporting period of the year. */
export interface CatalogueFigure {
  readonly measure: Measure;
  readonly grain: SeriesGrain;
  /** The reporting period (the month, quarter or year); `result.period` is what was measured over it. */
  readonly period: Period;
  /** Percent flow measures over a quarter or year come twice: pooled, and as the mean of their months. */
  readonly aggregate: SeriesAggregate;
  readonly result: MeasureResult;
  /** The same measure over the period before (the month, quarter or year before), for direction of travel. */
  readonly previous?: MeasureResult;
}

export interface CatalogueRun {
  readonly laCode: string;
  readonly year: CollectionYear;
  readonly figures: readonly CatalogueFigure[];
}

function reportingPeriods(year: CollectionYear, grain: SeriesGrain, asAtDate: CalendarDate = year.end): Period[] {
  if (grain === 'month') return monthsOf(year).filter((p) => p.end <= asAtDate);
  if (grain === 'quarter') return quartersOf(year).filter((p) => p.end <= asAtDate);
  if (year.end <= asAtDate) return [yearOf(year)];
  return asAtDate >= year.start ? [yearToDate(asAtDate)] : [];
}

/** The period before the first of a grain: March, Q4 or the year before (the same days of it, to date). */
function periodBefore(year: CollectionYear, grain: SeriesGrain, asAtDate: CalendarDate = year.end): Period {
  const previous = collectionYear(year.endYear - 1);
  if (grain === 'year' && asAtDate < year.end) return yearToDate(addYears(asAtDate, -1));
  const periods = reportingPeriods(previous, grain);
  return periods[periods.length - 1]!;
}

/**
 * What a measure is taken over for a reporting period, or undefined when the measure does not report at that grain:
 * a point-in-time measure as at the period's end; a flow measure over the period itself; a measure stated only
 * over three years (the adoption scorecard) over the three years ending with the reporting year.
 */
function measuredOver(measure: Measure, period: Period): Period | undefined {
  if (measure.timing === 'pointInTime') return measure.periods.includes('asAt') ? asAt(period.end) : undefined;
  if (measure.periods.includes(period.kind)) return period;
  if (period.kind === 'year' && measure.periods.includes('threeYearRolling')) return threeYearRolling(collectionYear(Number(period.end.slice(0, 4))));
  return undefined;
}

/**
 * The period a measure is computed over when a reader asks for `period` (explain, diff, HTTP): a point-in-time
 * measure as at its end, so "2023-24" means at 31 March 2024; refused, naming what the measure supports, otherwise.
 */
export function periodForMeasure(measure: Measure, period: Period): Period {
  const over = measuredOver(measure, period);
  if (over) return over;
  throw new InvalidInputError(
    'measure.unsupported_period',
    `measure ${measure.id} is not computed over a ${period.kind} period (${period.label}); it supports ${measure.periods.join(', ')}`,
    { measure: measure.id, period: period.label, kind: period.kind },
  );
}

const key = (period: Period) => `${period.kind}|${period.start}|${period.end}`;

/** A quarter's or year's mean of its months' percentages, from the month results already computed. */
function meanOfMonths(result: MeasureResult, months: readonly MeasureResult[]): MeasureResult {
  const stated = months.filter((m) => m.denominator !== undefined && m.denominator > 0);
  const value = stated.length === 0 ? null : Math.round(stated.reduce((sum, m) => sum + (m.numerator / m.denominator!) * 100, 0) / stated.length);
  return { ...result, value, note: `mean of ${stated.length} monthly percentages` };
}

const within = (month: Period, period: Period) => month.start >= period.start && month.end <= period.end;

/**
 * Every measure of the catalogue (or `measures`) for one LA over the months, quarters and the year of a collection
 * year, each with the period before it; one query per measure (computeOverPeriods), however many periods.
 */
export async function computeCatalogue(query: ProjectionQuery, scope: CatalogueScope): Promise<CatalogueRun> {
  const { laCode, ...rest } = scope;
  return (await computeCatalogues(query, { ...rest, laCodes: [laCode] }))[0]!;
}

export interface CataloguesScope extends Omit<CatalogueScope, 'laCode'> {
  readonly laCodes: readonly string[];
}

/**
 * The catalogue for several LAs at once (a region's nightly run): one query per measure for all of them
 * (computeOverLasAndPeriods), each LA's run exactly what computeCatalogue gives it alone. The runs hold every
 * figure's children, so a caller with many LAs takes them a few at a time (catalogueRunsByLa).
 */
export async function computeCatalogues(query: ProjectionQuery, scope: CataloguesScope): Promise<CatalogueRun[]> {
  const grains = scope.grains ?? ['month', 'quarter', 'year'];
  const measures = scope.measures ?? (MEASURES as readonly Measure[]);
  const { year, grains: _grains, measures: _measures, asAt: _asAt, laCodes, ...common } = scope;
  const plans = measures.map((measure) => {
    const wanted: { grain: SeriesGrain; period: Period; over: Period; previous?: Period }[] = [];
    for (const grain of grains) {
      const previous = measuredOver(measure, periodBefore(year, grain, scope.asAt));
      let before = previous;
      for (const period of reportingPeriods(year, grain, scope.asAt)) {
        const over = measuredOver(measure, period);
        if (!over) continue;
        wanted.push({ grain, period, over, ...(before ? { previous: before } : {}) });
        before = over;
      }
    }
    const meanable = measure.unit === 'percent' && measure.timing === 'flow' && measure.periods.includes('month');
    const months = meanable ? [...monthsOf(collectionYear(year.endYear - 1)), ...monthsOf(year)] : [];
    const distinct = new Map<string, Period>();
    for (const period of [...wanted.flatMap((w) => (w.previous ? [w.over, w.previous] : [w.over])), ...months]) distinct.set(key(period), period);
    return { measure, wanted, meanable, months, periods: [...distinct.values()] };
  });
  // The measures of one cohort are computed together: the cohort once, each measure's SELECT over it.
  const byCohort = new Map<string, typeof plans>();
  for (const plan of plans) byCohort.set(plan.measure.cohort.sql, [...(byCohort.get(plan.measure.cohort.sql) ?? []), plan]);
  const resultsOf = new Map<Measure, MeasureResult[]>();
  for (const group of byCohort.values()) {
    const computed = await computeMeasuresOfCohort(query, group.map((plan) => ({
      measure: plan.measure, scopes: laCodes.flatMap((laCode) => plan.periods.map((period) => ({ laCode, period }))),
    })), common);
    group.forEach((plan, m) => resultsOf.set(plan.measure, computed[m]!));
  }
  const figures: CatalogueFigure[][] = laCodes.map(() => []);
  for (const { measure, wanted, meanable, months, periods } of plans) {
    const all = resultsOf.get(measure)!;
    laCodes.forEach((_, l) => {
      const results = new Map<string, MeasureResult>();
      periods.forEach((period, i) => results.set(key(period), all[l * periods.length + i]!));
      const monthResults = months.map((month) => ({ month, result: results.get(key(month))! }));
      for (const w of wanted) {
        const result = results.get(key(w.over))!;
        const previous = w.previous ? results.get(key(w.previous)) : undefined;
        figures[l]!.push({ measure, grain: w.grain, period: w.period, aggregate: 'pooled', result, ...(previous ? { previous } : {}) });
        if (meanable && w.grain !== 'month') {
          const ofMonths = (p: Period) => monthResults.filter((m) => within(m.month, p)).map((m) => m.result);
          figures[l]!.push({
            measure, grain: w.grain, period: w.period, aggregate: 'meanOfMonths', result: meanOfMonths(result, ofMonths(w.over)),
            ...(previous && w.previous ? { previous: meanOfMonths(previous, ofMonths(w.previous)) } : {}),
          });
        }
      }
    });
  }
  return laCodes.map((laCode, l) => ({ laCode, year, figures: figures[l]! }));
}

/**
 * A region's catalogue LA by LA, `lasPerQuery` LAs to a query (default one), holding the children of only those
 * LAs' figures at a time. One LA to a query is the fastest measured: the LA is then a constant DuckDB pushes into
 * every scan, where several LAs make it a join key (bench, 8 LAs of 350 children: 2.0 s an LA alone, 2.3-2.6 s
 * an LA four or eight at a time).
 */
export async function* catalogueRunsByLa(query: ProjectionQuery, scope: CataloguesScope & { readonly lasPerQuery?: number }): AsyncGenerator<CatalogueRun> {
  const { lasPerQuery = 1, laCodes, ...rest } = scope;
  for (let i = 0; i < laCodes.length; i += lasPerQuery) {
    yield* await computeCatalogues(query, { ...rest, laCodes: laCodes.slice(i, i + lasPerQuery) });
  }
}
