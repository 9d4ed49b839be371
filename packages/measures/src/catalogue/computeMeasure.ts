import { ENGLAND_AND_WALES_BANK_HOLIDAYS, InternalError, InvalidInputError } from '@careledger/runtime';
import { collectionYearContaining, isLaCode, SHORT_BREAK_LEGAL_STATUSES, type ProjectionQuery, type QueryParam } from '@careledger/ssda903';
import { denominatorFor, type PopulationEstimate } from '../population';
import { missingReferenceNote, referenceParams, type MeasureReference } from '../reference/measureReference';
import type { Measure } from './defineMeasure';
import { asAt, monthsWithin, seriesOf, type Period, type SeriesGrain } from './periods';
import type { CollectionYear } from '@careledger/ssda903';

/** One child the measure considered: always these three, then the measure's documented columns. */
export interface MeasureRow {
  readonly child_id: string;
  readonly in_numerator: boolean;
  readonly in_denominator: boolean;
  readonly [column: string]: string | number | boolean | null;
}

export interface MeasureResult {
  readonly id: string;
  readonly period: Period;
  /** null when it cannot be stated: no denominator children, or no population estimate for a rate. */
  readonly value: number | null;
  readonly numerator: number;
  /** Denominator children (percent, days), the population estimate (rate); absent for a count. */
  readonly denominator?: number;
  readonly breakdowns: Record<string, Record<string, number>>;
  readonly note?: string;
  /** The rows the figure was made from: the drill-through. */
  readonly children: readonly MeasureRow[];
}

export interface MeasureScope {
  readonly laCode: string;
  readonly period: Period;
  readonly population?: readonly PopulationEstimate[];
  /** The user's reference files (postcode lookup, Ofsted judgements), read at the edge: src/reference. */
  readonly reference?: MeasureReference;
}

/** Code lists a cohort's SQL may name, generated from their one TypeScript home (split with string_split). */
const CODE_LIST_PARAMS: Record<string, string> = {
  shortBreakStatuses: SHORT_BREAK_LEGAL_STATUSES.join(','),
  // England and Wales bank holidays 2000-2030, for statutory clocks in working days: a measure reads them as
  // list_transform(string_split($bankHolidays, ','), d -> CAST(d AS DATE)).
  bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS.join(','),
};

const NOT_RECORDED = 'Not recorded';

/** The statement DuckDB runs: the cohort as a CTE, then the measure's SELECT over it. */
export function measureStatement(measure: Measure): string {
  // Newlines around the cohort: a trailing `--` comment in its file must not swallow the closing parenthesis.
  return `WITH cohort AS (\n${measure.cohort.sql}\n)\n${measure.sql}`;
}

/** Only the parameters a statement names: DuckDB refuses values a statement does not use. */
export function paramsFor(statement: string, scope: MeasureScope): Record<string, QueryParam> {
  const all: Record<string, QueryParam> = {
    laCode: scope.laCode, periodStart: scope.period.start, periodEnd: scope.period.end, ...CODE_LIST_PARAMS, ...referenceParams(scope.reference),
  };
  return Object.fromEntries(Object.entries(all).filter(([name]) => new RegExp(`\\$${name}\\b`).test(statement)));
}

export function checkScope(measure: Measure, scope: MeasureScope): void {
  if (!isLaCode(scope.laCode)) {
    throw new InvalidInputError('measure.invalid_la', `'${scope.laCode}' is not an LA code: use the DfE's three-digit code (e.g. 999)`, { measure: measure.id, laCode: scope.laCode });
  }
  if (!measure.periods.includes(scope.period.kind)) {
    throw new InvalidInputError(
      'measure.unsupported_period',
      `measure ${measure.id} is not computed over a ${scope.period.kind} period (${scope.period.label}); it supports ${measure.periods.join(', ')}`,
      { measure: measure.id, period: scope.period.label, kind: scope.period.kind },
    );
  }
}

/** Refuses rows that break the catalogue's contract: the drill-through would otherwise say something the figure does not. */
export function checkRows(measure: Measure, rows: readonly MeasureRow[]): void {
  const perRecord = measure.counts !== 'children';
  const expected = ['child_id', ...(perRecord ? ['record_id'] : []), 'in_numerator', 'in_denominator', ...Object.keys(measure.columns)].sort().join(',');
  const seen = new Set<string>();
  for (const row of rows) {
    const got = Object.keys(row).sort().join(',');
    if (got !== expected) {
      throw new InternalError('measure.columns', `measure ${measure.id} returned columns ${got}; its definition documents ${expected}`, { measure: measure.id, childId: row.child_id });
    }
    const key = perRecord ? String(row['record_id']) : row.child_id;
    if (seen.has(key)) {
      const what = perRecord ? `record ${key}` : `child ${key}`;
      throw new InternalError('measure.duplicate_row', `measure ${measure.id} returned ${what} twice: a measure has one row per ${perRecord ? 'record' : 'child'}`, { measure: measure.id, childId: row.child_id });
    }
    seen.add(key);
  }
}

function breakdownsOf(measure: Measure, numerator: readonly MeasureRow[]): Record<string, Record<string, number>> {
  const result: Record<string, Record<string, number>> = {};
  for (const column of measure.breakdowns) {
    const counts: Record<string, number> = {};
    for (const row of numerator) {
      const value = row[column];
      const key = value === null || value === '' ? NOT_RECORDED : String(value);
      counts[key] = (counts[key] ?? 0) + 1;
    }
    result[column] = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  }
  return result;
}

/** Percentages are whole numbers, as DfE publishes them (anchors 2.1). */
export const wholePercent = (numerator: number, denominator: number): number => Math.round((numerator / denominator) * 100);

/**
 * The figure from the rows, with the rounding DfE uses: a count as it is; a percent to a whole number; a rate per
 * 10,000 to a whole number on the ONS estimate for the period's collection year (as headlineFigures); days as the
 * mean of the numerator children's `days`, to a whole day.
 */
export function figureFrom(measure: Measure, scope: MeasureScope, rows: readonly MeasureRow[]): Omit<MeasureResult, 'children'> {
  const figure = figureOfUnit(measure, scope, rows);
  // What the figure could not use (a reference file not supplied) and what the measure says of its rows.
  const notes = [figure.note, missingReferenceNote(measureStatement(measure), scope.reference), measure.noteFrom?.(rows)].filter((n) => n);
  return notes.length === 0 ? figure : { ...figure, note: notes.join('; ') };
}

function figureOfUnit(measure: Measure, scope: MeasureScope, rows: readonly MeasureRow[]): Omit<MeasureResult, 'children'> {
  const numeratorRows = rows.filter((r) => r.in_numerator);
  const numerator = numeratorRows.length;
  const base = { id: measure.id, period: scope.period, numerator, breakdowns: breakdownsOf(measure, numeratorRows) };
  switch (measure.unit) {
    case 'count':
      return { ...base, value: numerator };
    case 'percent': {
      const denominator = rows.filter((r) => r.in_denominator).length;
      return denominator === 0
        ? { ...base, value: null, denominator, note: `no ${measure.counts === 'children' ? 'children' : 'records'} in the denominator` }
        : { ...base, value: wholePercent(numerator, denominator), denominator };
    }
    case 'ratePer10000': {
      const endYear = collectionYearContaining(scope.period.end).endYear;
      const estimate = scope.population ? denominatorFor(scope.population, scope.laCode, endYear) : undefined;
      if (!estimate) return { ...base, value: null, note: `no mid-${endYear - 1} population estimate for LA ${scope.laCode} was supplied` };
      return {
        ...base, value: Math.round((numerator / estimate.estimate) * 10_000), denominator: estimate.estimate,
        note: `ONS mid-${estimate.midYear} estimate of the 0-17 population, as DfE uses for the year ending 31 March ${endYear}`,
      };
    }
    case 'days':
    case 'mean': {
      const denominator = rows.filter((r) => r.in_denominator).length;
      if (numerator === 0) return { ...base, value: null, denominator, note: `no ${measure.counts === 'children' ? 'children' : 'records'} in the numerator` };
      const column = measure.unit === 'days' ? 'days' : measure.meanOf!;
      const mean = numeratorRows.reduce((sum, r) => sum + Number(r[column]), 0) / numerator;
      return { ...base, value: measure.unit === 'days' ? Math.round(mean) : Math.round(mean * 10) / 10, denominator };
    }
  }
}

/** The drill-through's order, whatever plan DuckDB chose: by child, then record. */
export function inRowOrder<R extends MeasureRow>(rows: R[]): R[] {
  const key = (row: MeasureRow) => `${row.child_id}\u0000${row['record_id'] ?? ''}`;
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** One measure for one LA and period: the figure and the children behind it, from one query. */
export async function computeMeasure(query: ProjectionQuery, measure: Measure, scope: MeasureScope): Promise<MeasureResult> {
  checkScope(measure, scope);
  const statement = measureStatement(measure);
  const rows = inRowOrder(await query.query<MeasureRow>(statement, paramsFor(statement, scope)));
  checkRows(measure, rows);
  return { ...figureFrom(measure, scope, rows), children: rows };
}

/**
 * How a percent over a quarter or year is made from its children: pooled (the children of the whole period, each
 * once, numerator over denominator) or the mean of its months' percentages (as many papers do by hand). Both are
 * labelled; a series is one or the other, never a mixture.
 */
export type SeriesAggregate = 'pooled' | 'meanOfMonths';

export interface SeriesPoint {
  readonly period: Period;
  readonly value: number | null;
  /** Pooled points only: a mean of months has no one numerator or denominator. */
  readonly numerator?: number;
  readonly denominator?: number;
  /** Mean-of-months points only: the month figures averaged. */
  readonly months?: readonly Omit<MeasureResult, 'children'>[];
  readonly note?: string;
}

export interface MeasureSeries {
  readonly id: string;
  readonly grain: SeriesGrain;
  readonly aggregate: SeriesAggregate;
  readonly points: readonly SeriesPoint[];
}

export interface SeriesScope {
  readonly laCode: string;
  readonly year: CollectionYear;
  readonly grain: SeriesGrain;
  readonly aggregate?: SeriesAggregate;
  readonly population?: readonly PopulationEstimate[];
  readonly reference?: MeasureReference;
}

const withoutChildren = ({ children: _children, ...figure }: MeasureResult): Omit<MeasureResult, 'children'> => figure;

/**
 * A measure month by month, quarter by quarter, or for the year. A point-in-time measure is taken as at each
 * period's end. A percent flow measure is pooled by default; `meanOfMonths` averages the months' unrounded
 * percentages (months with no denominator children left out) and rounds once at the end.
 */
export async function computeSeries(query: ProjectionQuery, measure: Measure, scope: SeriesScope): Promise<MeasureSeries> {
  const aggregate = scope.aggregate ?? 'pooled';
  if (aggregate === 'meanOfMonths' && (measure.unit !== 'percent' || measure.timing !== 'flow')) {
    throw new InvalidInputError('measure.mean_of_months', `measure ${measure.id} is a ${measure.timing} ${measure.unit}: only a percent over a period has a mean of months`, { measure: measure.id });
  }
  const common = { laCode: scope.laCode, ...(scope.population ? { population: scope.population } : {}), ...(scope.reference ? { reference: scope.reference } : {}) };
  const points: SeriesPoint[] = [];
  for (const period of seriesOf(scope.year, scope.grain)) {
    if (aggregate === 'pooled') {
      const result = await computeMeasure(query, measure, { ...common, period: measure.timing === 'pointInTime' ? asAt(period.end) : period });
      points.push({
        period, value: result.value, numerator: result.numerator,
        ...(result.denominator !== undefined ? { denominator: result.denominator } : {}), ...(result.note ? { note: result.note } : {}),
      });
      continue;
    }
    const months = [];
    for (const month of monthsWithin(period)) months.push(withoutChildren(await computeMeasure(query, measure, { ...common, period: month })));
    const stated = months.filter((m) => m.denominator !== undefined && m.denominator > 0);
    const mean = stated.length === 0 ? null : Math.round(stated.reduce((sum, m) => sum + (m.numerator / m.denominator!) * 100, 0) / stated.length);
    points.push({ period, value: mean, months, note: `mean of ${stated.length} monthly percentages` });
  }
  return { id: measure.id, grain: scope.grain, aggregate, points };
}

/**
 * The rows with each child id replaced by its pseudonym (and the child part of a record id with it), for lists that
 * leave careledger: the pseudonym function is the caller's (a keyed hash it holds).
 */
export function withPseudonyms(rows: readonly MeasureRow[], pseudonymOf: (childId: string) => string): MeasureRow[] {
  return rows.map((row) => {
    const pseudonym = pseudonymOf(row.child_id);
    const recordId = row['record_id'];
    return {
      ...row, child_id: pseudonym,
      ...(typeof recordId === 'string' ? { record_id: recordId.startsWith(row.child_id) ? pseudonym + recordId.slice(row.child_id.length) : `${pseudonym}/${recordId}` } : {}),
    };
  });
}
