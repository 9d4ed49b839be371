import { addYears, InvalidInputError, type CalendarDate } from '@careledger/runtime';
import { collectionYear, type CollectionYear, type ProjectionQuery } from '@careledger/ssda903';
import type { Measure } from './defineMeasure';
import { type MeasureResult, type MeasureScope, type SeriesAggregate } from './computeMeasure';
import { computeOverPeriods } from './computeOverPeriods';
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
  const grains = scope.grains ?? ['month', 'quarter', 'year'];
  const measures = scope.measures ?? (MEASURES as readonly Measure[]);
  const { year, grains: _grains, measures: _measures, asAt: _asAt, ...common } = scope;
  const figures: CatalogueFigure[] = [];
  for (const measure of measures) {
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
    const periods = [...distinct.values()];
    const results = new Map<string, MeasureResult>();
    (await computeOverPeriods(query, measure, { ...common, periods })).forEach((result, i) => results.set(key(periods[i]!), result));
    const monthResults = months.map((month) => ({ month, result: results.get(key(month))! }));
    for (const w of wanted) {
      const result = results.get(key(w.over))!;
      const previous = w.previous ? results.get(key(w.previous)) : undefined;
      figures.push({ measure, grain: w.grain, period: w.period, aggregate: 'pooled', result, ...(previous ? { previous } : {}) });
      if (meanable && w.grain !== 'month') {
        const ofMonths = (p: Period) => monthResults.filter((m) => within(m.month, p)).map((m) => m.result);
        figures.push({
          measure, grain: w.grain, period: w.period, aggregate: 'meanOfMonths', result: meanOfMonths(result, ofMonths(w.over)),
          ...(previous && w.previous ? { previous: meanOfMonths(previous, ofMonths(w.previous)) } : {}),
        });
      }
    }
  }
  return { laCode: scope.laCode, year, figures };
}

