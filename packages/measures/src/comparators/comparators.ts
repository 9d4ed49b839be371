import { collectionYearContaining } from '@careledger/ssda903';
import type { Measure } from '../catalogue/defineMeasure';
import type { Period } from '../catalogue/periods';
import { comparatorSourceFor, type ComparatorSource } from './comparatorMapping';
import type { ComparatorTables, LoadedPublishedTable } from './comparatorTables';
import { PUBLISHED_SYMBOLS, publishedYearLabel, type PublishedRow, type PublishedSymbol } from './publishedTable';

/** One published figure a council's figure is set beside. */
export interface PublishedComparison {
  /** 'England', the region's name, or 'the statistical neighbours of <LA>'. */
  readonly geography: string;
  /** null when DfE published a symbol instead (see `symbol`) or there is nothing to compare with (see `note`). */
  readonly value: number | null;
  readonly symbol?: PublishedSymbol;
  /** The published year it is for ('2024-25'): the latest published up to the figure's collection year. */
  readonly year: string | null;
  readonly source: string | null;
  /** Why there is no value, or that the year is not the figure's own. */
  readonly note?: string;
}

export interface NeighbourValue {
  readonly laCode: string;
  readonly laName: string;
  readonly value: number | null;
  readonly symbol?: PublishedSymbol;
  /** Set when the neighbour has no row for the year (a council reorganised away, for example). */
  readonly note?: string;
}

/**
 * The statistical neighbour average: the mean of the published values of the LA's ten neighbours for the year, to
 * one decimal place. A neighbour whose value is not a number (suppressed `c`, not available `x`, not applicable
 * `z`, rounds to zero `k`/`low`, low reliability `u`) or that has no row is left out and named in `neighbours`;
 * `contributing` says how many of the ten the mean is of.
 */
export interface NeighbourComparison extends PublishedComparison {
  readonly neighbours: readonly NeighbourValue[];
  readonly contributing: number;
}

export interface Comparators {
  readonly england: PublishedComparison;
  readonly region: PublishedComparison;
  readonly statisticalNeighbours: NeighbourComparison;
}

export interface ComparatorScope {
  readonly measure: Pick<Measure, 'id' | 'unit' | 'timing'>;
  readonly laCode: string;
  /** What the figure was measured over. */
  readonly period: Period;
}

const nothing = (geography: string, note: string): PublishedComparison => ({ geography, value: null, year: null, source: null, note });
const noNeighbours = (geography: string, note: string): NeighbourComparison => ({ ...nothing(geography, note), neighbours: [], contributing: 0 });

/**
 * DfE publishes counts and rates of what happened over a whole year to 31 March: a count (or a rate) of starts over
 * a month or a quarter is not comparable with them. Percentages, mean days and mean scores are compared over any
 * period (papers set a quarter's percentage beside the published year's), and point-in-time figures as at any date.
 */
export function isComparablePeriod(measure: Pick<Measure, 'unit' | 'timing'>, period: Period): boolean {
  if (measure.timing !== 'flow' || (measure.unit !== 'count' && measure.unit !== 'ratePer10000')) return true;
  return period.kind === 'year' || period.kind === 'rolling12Months';
}

const matches = (row: PublishedRow, source: ComparatorSource) => Object.entries(source.where).every(([column, value]) => row.filters[column] === value);

/** The rows of the latest year up to `upTo` among those given. */
function latestUpTo(rows: readonly PublishedRow[], upTo: number): { year: number; rows: PublishedRow[] } | undefined {
  const years = rows.map((r) => r.year).filter((y) => y <= upTo);
  if (years.length === 0) return undefined;
  const year = Math.max(...years);
  return { year, rows: rows.filter((r) => r.year === year) };
}

/**
 * What a reader needs told about the published figure's time: that its year is not the figure's own (the latest
 * published up to it), and that DfE's figure is at 31 March or for the year to it while this one is at another date
 * or over another period (a committee paper sets a December figure beside a year-end one: say so).
 */
function timeNote(year: number, figureYear: number, scope: ComparatorScope): string | undefined {
  const notes: string[] = [];
  if (year !== figureYear) notes.push(`${publishedYearLabel(year)} is the latest year published up to the figure's ${publishedYearLabel(figureYear)}`);
  const { period } = scope;
  // Against the figure's own year: a year-end figure beside an earlier year's is said once, by the note above.
  const yearEnd = `${figureYear}-03-31`;
  const pointInTime = scope.measure.timing === 'pointInTime';
  const same = pointInTime ? period.end === yearEnd : period.start === `${figureYear - 1}-04-01` && period.end === yearEnd;
  if (!same) notes.push(`DfE's figure is ${pointInTime ? 'at' : 'for the year to'} 31 March ${year}; this one is ${pointInTime ? period.label : `for ${period.label}`}`);
  return notes.length === 0 ? undefined : notes.join('; ');
}

function valueOf(row: PublishedRow, column: string): { value: number | null; symbol?: PublishedSymbol } {
  const cell = row.values[column];
  if (!cell) return { value: null };
  return cell.kind === 'number' ? { value: cell.value } : { value: null, symbol: cell.symbol };
}

function published(geography: string, row: PublishedRow | undefined, loaded: LoadedPublishedTable, source: ComparatorSource, figureYear: number, year: number, scope: ComparatorScope): PublishedComparison {
  if (!row) return { ...nothing(geography, `no ${geography} row in ${loaded.table.file} for ${publishedYearLabel(year)}`), year: publishedYearLabel(year), source: loaded.source };
  const { value, symbol } = valueOf(row, source.value);
  const notes = [symbol ? `DfE published '${symbol}' (${PUBLISHED_SYMBOLS[symbol]})` : undefined, timeNote(year, figureYear, scope)].filter(Boolean);
  return {
    geography, value, ...(symbol ? { symbol } : {}), year: publishedYearLabel(year), source: loaded.source,
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
}

const whereText = (source: ComparatorSource) => Object.entries(source.where).map(([c, v]) => `${c} '${v}'`).join(', ');

/**
 * The England, regional and statistical neighbour figures a measure's figure is compared with, for the latest
 * published year up to the figure's collection year (named in each, with a note when it is not the figure's own).
 * The region is the one the tables give the LA (`region_name` of its rows: Inner or Outer London for a London
 * borough). Every comparison that cannot be made says why in its `note`.
 */
export function comparatorsFor(tables: ComparatorTables, scope: ComparatorScope): Comparators {
  const figureYear = collectionYearContaining(scope.period.end).endYear;
  const group = tables.neighbours.groupings.groups.get(scope.laCode);
  const neighboursLabel = `the statistical neighbours of ${group?.laName || `LA ${scope.laCode}`}`;
  const none = (note: string): Comparators => ({ england: nothing('England', note), region: nothing('region', note), statisticalNeighbours: noNeighbours(neighboursLabel, note) });

  const source = comparatorSourceFor(scope.measure.id);
  if (!source) return none(`DfE publishes no figure careledger compares ${scope.measure.id} with`);
  if (!isComparablePeriod(scope.measure, scope.period)) {
    return none(`DfE publishes this ${scope.measure.unit === 'count' ? 'count' : 'rate'} for whole years to 31 March; ${scope.period.label} is not compared with it`);
  }
  const loaded = tables.tables.get(source.table)!;
  const rows = loaded.table.rows.filter((r) => matches(r, source));
  if (rows.length === 0) return none(`${loaded.table.file} has no rows with ${whereText(source)}`);
  const upTo = (level: PublishedRow['geography']['level'], extra: (r: PublishedRow) => boolean = () => true) =>
    latestUpTo(rows.filter((r) => r.geography.level === level && extra(r)), figureYear);
  const nothingUpTo = (geography: string, what: string) => nothing(geography, `${loaded.table.file} has no ${what} row up to ${publishedYearLabel(figureYear)} with ${whereText(source)}`);

  const national = upTo('National');
  const england = national ? published('England', national.rows[0], loaded, source, figureYear, national.year, scope) : nothingUpTo('England', 'National');

  const ownRows = upTo('Local authority', (r) => r.geography.level === 'Local authority' && r.geography.laCode === scope.laCode);
  const own = ownRows?.rows[0]?.geography;
  let region: PublishedComparison;
  if (!own || own.level !== 'Local authority' || own.regionName === '') region = nothing('region', `LA ${scope.laCode} is not in ${loaded.table.file} up to ${publishedYearLabel(figureYear)}, so its region cannot be told`);
  else {
    const regional = upTo('Regional', (r) => r.geography.level === 'Regional' && r.geography.regionName === own.regionName);
    region = regional ? published(own.regionName, regional.rows[0], loaded, source, figureYear, regional.year, scope) : nothingUpTo(own.regionName, `Regional (${own.regionName})`);
  }

  let statisticalNeighbours: NeighbourComparison;
  if (!group) statisticalNeighbours = noNeighbours(neighboursLabel, `LA ${scope.laCode} has no statistical neighbours in ${tables.neighbours.groupings.file}`);
  else {
    const codes = new Set(group.neighbours.map((n) => n.laCode));
    const latest = upTo('Local authority', (r) => r.geography.level === 'Local authority' && codes.has(r.geography.laCode));
    if (!latest) statisticalNeighbours = noNeighbours(neighboursLabel, `none of LA ${scope.laCode}'s neighbours is in ${loaded.table.file} up to ${publishedYearLabel(figureYear)}`);
    else {
      const neighbours = group.neighbours.map(({ laCode }): NeighbourValue => {
        const row = latest.rows.find((r) => r.geography.level === 'Local authority' && r.geography.laCode === laCode);
        // The name from any year's row when the year's is missing (a council that stopped publishing), else the groupings'.
        const named = row ?? rows.find((r) => r.geography.level === 'Local authority' && r.geography.laCode === laCode);
        const laName = named?.geography.level === 'Local authority' ? named.geography.laName : tables.neighbours.groupings.groups.get(laCode)?.laName ?? '';
        if (!row) return { laCode, laName, value: null, note: `no row for ${publishedYearLabel(latest.year)}` };
        const { value, symbol } = valueOf(row, source.value);
        return { laCode, laName, value, ...(symbol ? { symbol } : {}) };
      });
      const stated = neighbours.filter((n) => n.value !== null).map((n) => n.value!);
      const left = neighbours.filter((n) => n.value === null);
      const notes = [
        left.length > 0 ? `mean of ${stated.length} of ${neighbours.length} neighbours; left out: ${left.map((n) => `${n.laName || n.laCode} (${n.symbol ?? n.note})`).join(', ')}` : undefined,
        timeNote(latest.year, figureYear, scope),
      ].filter(Boolean);
      statisticalNeighbours = {
        geography: neighboursLabel, value: stated.length === 0 ? null : Math.round((stated.reduce((a, b) => a + b, 0) / stated.length) * 10) / 10,
        year: publishedYearLabel(latest.year), source: `${loaded.source}; neighbours: ${tables.neighbours.source}`,
        ...(notes.length > 0 ? { note: notes.join('; ') } : {}), neighbours, contributing: stated.length,
      };
    }
  }
  return { england, region, statisticalNeighbours };
}
