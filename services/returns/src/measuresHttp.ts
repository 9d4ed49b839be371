import { InvalidInputError, json, needs, needsForLa, NotFoundError, pseudonymFor, type HttpRoute } from '@careledger/runtime';
import type { ProjectionStore } from '@careledger/projections';
import { MEASURES, measureById, parsePeriod, PERIOD_FORMS, withPseudonyms, type Measure, type PopulationEstimate } from '@careledger/measures';
import { measureReport } from './measureReports';
import { asKnownOnFrom } from './returnsHttp';

export interface MeasuresHttpDeps {
  readonly withStore: <T>(work: (store: ProjectionStore) => Promise<T>) => Promise<T>;
  readonly population?: readonly PopulationEstimate[];
  /** The installation's pseudonym key, for `?pseudonymise=true` on drill-through lists. */
  readonly pseudonymKey?: () => Promise<Uint8Array>;
}

function measureFrom(id: string | undefined): Measure {
  const measure = id === undefined ? undefined : measureById(id);
  if (!measure) throw new NotFoundError('http.unknown_measure', `no measure '${id}' in the catalogue; GET /measures lists them`, { measure: id });
  return measure;
}

function periodFrom(query: URLSearchParams) {
  const text = query.get('period');
  if (text === null) throw new InvalidInputError('http.missing_period', `query parameter period is required: ${PERIOD_FORMS.join('; ')}`, { parameter: 'period' });
  try {
    return parsePeriod(text);
  } catch (error) {
    if (error instanceof InvalidInputError) throw new InvalidInputError('http.invalid_period', `query parameter period: ${error.message}`, { parameter: 'period', value: text }, { cause: error });
    throw error;
  }
}

const describe = (m: Measure) => ({
  id: m.id, title: m.title, definition: m.definition, source: m.source, unit: m.unit, polarity: m.polarity, timing: m.timing,
  counts: m.counts, numerator: m.numerator, ...(m.denominator ? { denominator: m.denominator } : {}), periods: m.periods,
  columns: m.columns, breakdowns: m.breakdowns, ...(m.variant ? { variant: m.variant } : {}),
});

/**
 * GET /measures (the catalogue), GET /measures/:laCode/:measure?period=... (the figure), both `read`, and
 * GET /measures/:laCode/:measure/children?period=...[&pseudonymise=true] (the children behind it: `child`, audited);
 * `asKnownOn` as on the returns routes.
 */
export function measuresRoutes(deps: MeasuresHttpDeps): HttpRoute[] {
  async function report(params: Record<string, string>, query: URLSearchParams) {
    const measure = measureFrom(params.measure);
    const period = periodFrom(query);
    const asKnownOn = asKnownOnFrom(query);
    const laCode = params.laCode ?? '';
    const result = await deps.withStore((store) => measureReport(store, measure, {
      laCode, period, ...(deps.population ? { population: deps.population } : {}), ...(asKnownOn ? { asKnownOn } : {}),
    }));
    return { measure, laCode, result, ...(asKnownOn ? { asKnownOn } : {}) };
  }
  return [
    { method: 'GET', path: '/measures', access: needs('read'), handle: async () => json(200, { measures: MEASURES.map((m) => describe(m)) }) },
    {
      method: 'GET',
      path: '/measures/:laCode/:measure',
      access: needsForLa('read'),
      handle: async ({ params, query }) => {
        const { measure, laCode, result: { children: _children, ...figure }, asKnownOn } = await report(params, query);
        return json(200, { laCode, ...(asKnownOn ? { asKnownOn } : {}), measure: describe(measure), ...figure });
      },
    },
    {
      method: 'GET',
      path: '/measures/:laCode/:measure/children',
      // Pseudonymised or not, a list of children is child-level data.
      access: needsForLa('child'),
      handle: async ({ params, query }) => {
        const pseudonymise = query.get('pseudonymise') === 'true';
        if (pseudonymise && !deps.pseudonymKey) throw new InvalidInputError('http.no_pseudonym_key', 'this server has no pseudonym key configured', {});
        const { measure, laCode, result, asKnownOn } = await report(params, query);
        const key = pseudonymise ? await deps.pseudonymKey!() : undefined;
        const children = key ? withPseudonyms(result.children, (childId) => pseudonymFor(key, laCode, childId)) : result.children;
        return { ...json(200, { laCode, measure: measure.id, period: result.period, ...(asKnownOn ? { asKnownOn } : {}), value: result.value, pseudonymised: pseudonymise, children }), rows: children.length };
      },
    },
  ];
}
