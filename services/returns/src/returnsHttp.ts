import { InvalidInputError, json, todayInLondon, type HttpRoute, type CalendarDate } from '@careledger/runtime';
import type { ProjectionStore } from '@careledger/projections';
import type { PopulationEstimate } from '@careledger/measures';
import { parseCollectionYear, TABLE_FILE_NAMES, type TableName } from '@careledger/ssda903';
import { computeAnnualReturn, figuresDocument, ssda903Csv } from './annualReturn';

export interface ReturnsHttpDeps {
  /** Runs `work` on up-to-date projections (the service decides how: catch up first, or open and close). */
  readonly withStore: <T>(work: (store: ProjectionStore) => Promise<T>) => Promise<T>;
  readonly population?: readonly PopulationEstimate[];
}

function scopeFrom(params: Record<string, string>, query: URLSearchParams) {
  const year = parseCollectionYear(params.year ?? '');
  if (!year) throw new InvalidInputError('http.invalid_year', `'${params.year}' is not a collection year (use 2026 or 2025-26)`, { year: params.year });
  const asAt: CalendarDate = query.get('asAt') ?? todayInLondon();
  return { laCode: params.laCode ?? '', year, asAt };
}

/** GET /returns/:laCode/:year/figures and GET /returns/:laCode/:year/ssda903/:table (header.csv, episodes.csv, ...). */
export function returnsRoutes(deps: ReturnsHttpDeps): HttpRoute[] {
  return [
    {
      method: 'GET',
      path: '/returns/:laCode/:year/figures',
      handle: async ({ params, query }) => {
        const scope = { ...scopeFrom(params, query), ...(deps.population ? { population: deps.population } : {}) };
        const annual = await deps.withStore((store) => computeAnnualReturn(store, scope));
        return json(200, figuresDocument(annual));
      },
    },
    {
      method: 'GET',
      path: '/returns/:laCode/:year/ssda903/:file',
      handle: async ({ params, query }) => {
        const table = (Object.entries(TABLE_FILE_NAMES) as [TableName, string][]).find(([, file]) => file === params.file)?.[0];
        if (!table) return json(404, { code: 'not_found', message: `no 903 table ${params.file}; use one of ${Object.values(TABLE_FILE_NAMES).join(', ')}` });
        const scope = scopeFrom(params, query);
        const annual = await deps.withStore((store) => computeAnnualReturn(store, scope));
        return { status: 200, body: ssda903Csv(annual.tables)[table], contentType: 'text/csv; charset=utf-8' };
      },
    },
  ];
}
