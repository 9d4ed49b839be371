import { InvalidInputError, isCalendarDate, json, needsForLa, NotFoundError, todayInLondon, type CalendarDate, type HttpRoute } from '@careledger/runtime';
import type { ProjectionStore } from '@careledger/projections';
import type { PopulationEstimate } from '@careledger/measures';
import { isTableInYear, parseCollectionYear, TABLE_FILE_NAMES, tableForFileName, tablesInYear } from '@careledger/ssda903';
import { computeAnnualReturn, figuresDocument, ssda903Csv } from './annualReturn';
import { AS_KNOWN_ON_FORMS, londonDateOf, parseAsKnownOn, type KnownOnInstant } from './asKnownOn';

export interface ReturnsHttpDeps {
  /** Runs `work` on up-to-date projections (the service decides how: catch up first, or open and close). */
  readonly withStore: <T>(work: (store: ProjectionStore) => Promise<T>) => Promise<T>;
  readonly population?: readonly PopulationEstimate[];
}

/** The `asKnownOn` query parameter, checked: undefined when absent, 400 when unreadable. */
export function asKnownOnFrom(query: URLSearchParams): KnownOnInstant | undefined {
  // A '+' offset sent unencoded arrives as a space: read it as the '+' it was.
  const knownOnParam = query.get('asKnownOn')?.replace(/ (\d{2}:\d{2})$/, '+$1') ?? null;
  const asKnownOn = knownOnParam === null ? undefined : parseAsKnownOn(knownOnParam);
  if (knownOnParam !== null && asKnownOn === undefined) {
    throw new InvalidInputError('http.invalid_as_known_on', `query parameter asKnownOn must be ${AS_KNOWN_ON_FORMS} (got '${knownOnParam}')`, { parameter: 'asKnownOn', value: knownOnParam });
  }
  return asKnownOn;
}

// The request's dates and year are parsed here, once; the LA code and the year's start are checked by the return.
function scopeFrom(params: Record<string, string>, query: URLSearchParams) {
  const year = parseCollectionYear(params.year ?? '');
  if (!year) throw new InvalidInputError('http.invalid_year', `'${params.year}' is not a collection year (use 2026 or 2025-26)`, { year: params.year });
  const asAtParam = query.get('asAt');
  if (asAtParam !== null && !isCalendarDate(asAtParam)) {
    throw new InvalidInputError('http.invalid_as_at', `query parameter asAt must be a calendar date YYYY-MM-DD (got '${asAtParam}')`, { parameter: 'asAt', value: asAtParam });
  }
  const asKnownOn = asKnownOnFrom(query);
  // As known on an instant, the as-at date defaults to that instant's date, as a return run then had it.
  const asAt: CalendarDate = asAtParam ?? (asKnownOn ? londonDateOf(asKnownOn) : todayInLondon());
  return { laCode: params.laCode ?? '', year, asAt, ...(asKnownOn ? { asKnownOn } : {}) };
}

/**
 * GET /returns/:laCode/:year/figures (aggregate: the `read` role) and GET /returns/:laCode/:year/ssda903/:table
 * (header.csv, episodes.csv, ...: one row per child or episode, so the `child` role, and audited with its row count).
 */
export function returnsRoutes(deps: ReturnsHttpDeps): HttpRoute[] {
  return [
    {
      method: 'GET',
      path: '/returns/:laCode/:year/figures',
      access: needsForLa('read'),
      handle: async ({ params, query }) => {
        const scope = { ...scopeFrom(params, query), ...(deps.population ? { population: deps.population } : {}) };
        const annual = await deps.withStore((store) => computeAnnualReturn(store, scope));
        return json(200, figuresDocument(annual));
      },
    },
    {
      method: 'GET',
      path: '/returns/:laCode/:year/ssda903/:file',
      access: needsForLa('child'),
      handle: async ({ params, query }) => {
        const table = tableForFileName(params.file ?? '');
        if (!table) {
          throw new NotFoundError('http.unknown_table', `no 903 table ${params.file}; use one of ${Object.values(TABLE_FILE_NAMES).join(', ')}`, { file: params.file });
        }
        const scope = scopeFrom(params, query);
        // A table the year's 903 does not have (DoLo before 2026-27) is no file of that return, not an empty one.
        if (!isTableInYear(table, scope.year)) {
          throw new NotFoundError('http.table_not_in_year', `the ${scope.year.label} 903 has no ${params.file}; it has ${tablesInYear(scope.year).map((t) => TABLE_FILE_NAMES[t]).join(', ')}`, { file: params.file, year: scope.year.label });
        }
        const annual = await deps.withStore((store) => computeAnnualReturn(store, scope));
        return { status: 200, body: ssda903Csv(annual)[table], contentType: 'text/csv; charset=utf-8', rows: annual.tables[table].length };
      },
    },
  ];
}
