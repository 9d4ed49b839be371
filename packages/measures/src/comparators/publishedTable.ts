import { InvalidInputError } from '@careledger/runtime';
import { collectionYear, describeIssue, isLaCode, parseCsv, type ReadIssue } from '@careledger/ssda903';

/**
 * The symbols DfE writes in place of a number in its explore-education-statistics (EES) tables. A value cell holds
 * either a number or one of these, never a blank.
 */
export const PUBLISHED_SYMBOLS = {
  c: 'confidential: suppressed to protect individuals (small numbers)',
  k: 'rounds to 0 but is not 0',
  low: 'rounds to 0 but is not 0',
  u: 'low reliability',
  x: 'not available',
  z: 'not applicable',
} as const;

export type PublishedSymbol = keyof typeof PUBLISHED_SYMBOLS;

export const isPublishedSymbol = (text: string): text is PublishedSymbol => Object.hasOwn(PUBLISHED_SYMBOLS, text);

/** One published value cell: a number, or the symbol DfE published instead (named, never read as 0). */
export type PublishedValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'symbol'; readonly symbol: PublishedSymbol };

/** The three levels careledger compares with; rows at any other level (constituency, district, ...) are left out. */
export type GeographicLevel = 'National' | 'Regional' | 'Local authority';

export const GEOGRAPHIC_LEVELS: readonly GeographicLevel[] = ['National', 'Regional', 'Local authority'];

export type PublishedGeography =
  | { readonly level: 'National'; readonly name: string }
  | { readonly level: 'Regional'; readonly regionCode: string; readonly regionName: string }
  | {
    readonly level: 'Local authority';
    readonly regionCode: string;
    readonly regionName: string;
    /** The DfE three-digit code (`old_la_code`), the code the 903 uses. */
    readonly laCode: string;
    /** The ONS nine-character code (`new_la_code`), blank when the table has none. */
    readonly newLaCode: string;
    readonly laName: string;
  };

export interface PublishedRow {
  /** The file's line (the header is line 1). */
  readonly line: number;
  /** As written: `2025` (reporting year) or `202425` (financial year). */
  readonly timePeriod: string;
  /**
   * The year ending 31 March it is for, by its end: 2025 is 2024-25, the year to 31 March 2025 (a CLA "reporting
   * year" and a financial year both end on 31 March).
   */
  readonly year: number;
  readonly geography: PublishedGeography;
  /** The table's characteristic (filter) columns, as written (trimmed). */
  readonly filters: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, PublishedValue>>;
}

export interface PublishedTable {
  /** The file it was read from, as the caller named it: every issue names it. */
  readonly file: string;
  readonly filterColumns: readonly string[];
  readonly valueColumns: readonly string[];
  readonly rows: readonly PublishedRow[];
  /** Rows left out because they are at another geographic level, by level. */
  readonly otherLevels: Readonly<Record<string, number>>;
}

export interface PublishedTableOptions {
  /**
   * The columns holding numbers (or DfE symbols); those the file lacks are left out. Default: every column that is not a time or geography column and
   * whose every non-blank cell is a number or a symbol; name them when a filter column could look numeric.
   */
  readonly valueColumns?: readonly string[];
  /** Columns the caller cannot do without (filter or value): their absence refuses the file. */
  readonly requiredColumns?: readonly string[];
}

/** The EES time and geography columns, the same in every table. */
const GEOGRAPHY_COLUMNS = [
  'time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name', 'region_code', 'region_name',
  'old_la_code', 'new_la_code', 'la_name',
] as const;

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The time identifiers whose years end on 31 March, the collection year careledger's figures are for. An academic
 * or calendar year is a different year and is refused rather than compared.
 */
const YEAR_FORMS: Readonly<Record<string, RegExp>> = { 'Reporting year': /^\d{4}$/, 'Financial year': /^\d{6}$/ };

function endYearOf(timePeriod: string): number | undefined {
  if (/^\d{4}$/.test(timePeriod)) return Number(timePeriod);
  if (/^\d{6}$/.test(timePeriod)) {
    const first = Number(timePeriod.slice(0, 4));
    const second = Number(timePeriod.slice(4));
    return (first + 1) % 100 === second ? first + 1 : undefined;
  }
  return undefined;
}

function parseValue(cell: string): PublishedValue | undefined {
  if (NUMBER.test(cell)) return { kind: 'number', value: Number(cell) };
  if (isPublishedSymbol(cell)) return { kind: 'symbol', symbol: cell };
  return undefined;
}

const SYMBOL_LIST = Object.keys(PUBLISHED_SYMBOLS).join(', ');

/**
 * The refusal of a published file: the message shows the first twenty issues (file, line, column, value, reason), the
 * context holds them all.
 */
export function publishedTableError(file: string, issues: readonly ReadIssue[]): InstanceType<typeof InvalidInputError> {
  const shown = issues.slice(0, 20).map((i) => `  ${describeIssue(i)}`);
  const more = issues.length > 20 ? [`  ... and ${issues.length - 20} more`] : [];
  return new InvalidInputError(
    'published.unreadable',
    [`published table ${file}: ${issues.length === 1 ? '1 issue stops' : `${issues.length} issues stop`} it being read:`, ...shown, ...more].join('\n'),
    { file, errors: issues },
  );
}

/**
 * Reads one table as DfE publishes it on explore-education-statistics (the CSV users download: `time_period,
 * time_identifier, geographic_level, country_code, country_name, region_code, region_name, old_la_code, la_name,
 * new_la_code`, then characteristic columns, then number, percentage and rate columns). Every value cell becomes a
 * number or a named symbol (c, k, low, u, x, z); rows at levels other than National, Regional and Local authority
 * are counted and left out. Nothing is guessed: a cell that cannot be read refuses the file, naming file, line,
 * column, value and reason for every such cell. Pure: the same text always gives the same table.
 */
export function readPublishedTable(text: string, file: string, options: PublishedTableOptions = {}): PublishedTable {
  const { records, unclosedQuoteAt } = parseCsv(text);
  const issues: ReadIssue[] = [];
  const issue = (line: number | null, column: string | null, value: string, reason: string) => {
    issues.push({ file, line, column, value, reason, severity: 'error' });
  };
  if (unclosedQuoteAt !== undefined) issue(unclosedQuoteAt, null, '', 'a quoted cell opens here and never closes');
  const nonBlank = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonBlank[0];
  if (!header) throw publishedTableError(file, [...issues, { file, line: null, column: null, value: '', reason: 'the file is empty', severity: 'error' }]);
  const columns = header.cells.map((c) => c.trim());
  const index = new Map(columns.map((c, i) => [c, i]));
  for (const [i, name] of columns.entries()) {
    if (name !== '' && columns.indexOf(name) !== i) issue(header.line, name, '', 'the column appears twice: which one is meant cannot be told');
  }
  const missing = ['time_period', 'geographic_level', ...(options.requiredColumns ?? [])].filter((c) => !index.has(c));
  for (const column of missing) issue(header.line, column, '', 'the column is missing');
  if (issues.length > 0) throw publishedTableError(file, issues);

  const body = nonBlank.slice(1);
  const cellOf = (cells: readonly string[], column: string) => (index.has(column) ? (cells[index.get(column)!] ?? '').trim() : '');
  const others = columns.filter((c) => c !== '' && !(GEOGRAPHY_COLUMNS as readonly string[]).includes(c));
  // Named value columns the file does not have are left out (a newer release may drop one); the required ones were
  // checked above.
  const valueColumns = options.valueColumns
    ? options.valueColumns.filter((c) => index.has(c))
    : others.filter((c) => {
      const cells = body.map((r) => cellOf(r.cells, c)).filter((v) => v !== '');
      return cells.length > 0 && cells.some((v) => NUMBER.test(v)) && cells.every((v) => parseValue(v) !== undefined);
    });
  const filterColumns = others.filter((c) => !valueColumns.includes(c));

  const rows: PublishedRow[] = [];
  const otherLevels: Record<string, number> = {};
  for (const record of body) {
    const { line, cells } = record;
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c.trim() !== '')) {
      issue(line, null, '', `the row has ${cells.length} cells; the header names ${columns.length} columns`);
      continue;
    }
    const cell = (column: string) => cellOf(cells, column);
    const levelText = cell('geographic_level');
    if (!(GEOGRAPHIC_LEVELS as readonly string[]).includes(levelText)) {
      if (levelText === '') issue(line, 'geographic_level', '', 'blank: every row names its level (National, Regional, Local authority, ...)');
      else otherLevels[levelText] = (otherLevels[levelText] ?? 0) + 1;
      continue;
    }
    const level = levelText as GeographicLevel;
    const before = issues.length;
    const timePeriod = cell('time_period');
    const identifier = cell('time_identifier');
    const form = identifier === '' ? YEAR_FORMS['Reporting year']! : YEAR_FORMS[identifier];
    const year = endYearOf(timePeriod);
    if (!form) {
      issue(line, 'time_identifier', identifier, `careledger compares years ending 31 March: ${Object.keys(YEAR_FORMS).join(' or ')}, not this`);
    } else if (!form.test(timePeriod) || year === undefined) {
      issue(line, 'time_period', timePeriod, identifier === 'Financial year' ? 'not a financial year (YYYYYY, e.g. 202425)' : 'not a reporting year (YYYY, e.g. 2025)');
    }
    let geography: PublishedGeography | undefined;
    if (level === 'National') geography = { level, name: cell('country_name') || 'England' };
    else if (level === 'Regional') {
      if (cell('region_name') === '') issue(line, 'region_name', '', 'blank on a Regional row: the region cannot be told');
      geography = { level, regionCode: cell('region_code'), regionName: cell('region_name') };
    } else {
      const laCode = cell('old_la_code');
      if (!isLaCode(laCode)) issue(line, 'old_la_code', laCode, 'not a DfE three-digit LA code on a Local authority row');
      if (cell('la_name') === '') issue(line, 'la_name', '', 'blank on a Local authority row');
      geography = { level, regionCode: cell('region_code'), regionName: cell('region_name'), laCode, newLaCode: cell('new_la_code'), laName: cell('la_name') };
    }
    const values: Record<string, PublishedValue> = {};
    for (const column of valueColumns) {
      const text = cell(column);
      const value = parseValue(text);
      if (value) values[column] = value;
      else issue(line, column, text, text === '' ? `blank: DfE writes a number or a symbol (${SYMBOL_LIST})` : `not a number or a DfE symbol (${SYMBOL_LIST})`);
    }
    if (issues.length > before) continue;
    rows.push({ line, timePeriod, year: year!, geography: geography!, filters: Object.fromEntries(filterColumns.map((c) => [c, cell(c)])), values });
  }
  if (issues.length > 0) throw publishedTableError(file, issues);
  return { file, filterColumns, valueColumns, rows, otherLevels };
}

/** How a published year is named beside careledger's figures: 2025 is "2024-25". */
export const publishedYearLabel = (year: number): string => collectionYear(year).label;
