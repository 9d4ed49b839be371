import { InvalidInputError, type HttpRoute } from '@careledger/runtime';
import type { ProjectionStore } from '@careledger/projections';
import type { CouncilTargets, PopulationEstimate } from '@careledger/measures';
import { openReportPrinter, renderReportHtml, type DataQuality } from '@careledger/report';
import { committeeReportInput, parseReportPeriod, REPORT_PERIOD_FORMS } from './committeeReport';
import { asKnownOnFrom } from './returnsHttp';

export interface ReportsHttpDeps {
  readonly withStore: <T>(work: (store: ProjectionStore) => Promise<T>) => Promise<T>;
  readonly population?: readonly PopulationEstimate[];
  readonly targets?: CouncilTargets;
  readonly refusedEvents: (laCode: string) => Promise<DataQuality['refusedEvents']>;
}

/**
 * GET /reports/:laCode?period=2025-26-Q4[&mode=public|internal][&format=html|pdf][&asKnownOn=...]: the committee
 * report, public (small numbers suppressed) unless asked otherwise. A public report needs the `read` role; an
 * internal one shows counts of one or two children, so it needs `child` and is audited (it lists no children, so
 * its row count is null).
 */
export function reportsRoutes(deps: ReportsHttpDeps): HttpRoute[] {
  return [{
    method: 'GET',
    path: '/reports/:laCode',
    access: ({ params, query }) => ({ role: query.get('mode') === 'internal' ? 'child' : 'read', laCode: params.laCode ?? '' }),
    handle: async ({ params, query }) => {
      const periodText = query.get('period');
      if (periodText === null) throw new InvalidInputError('http.missing_period', `query parameter period is required: ${REPORT_PERIOD_FORMS}`, { parameter: 'period' });
      const period = parseReportPeriod(periodText);
      if (!period) throw new InvalidInputError('http.invalid_period', `query parameter period must be ${REPORT_PERIOD_FORMS} (got '${periodText}')`, { parameter: 'period', value: periodText });
      const mode = query.get('mode') ?? 'public';
      if (mode !== 'public' && mode !== 'internal') throw new InvalidInputError('http.invalid_mode', `query parameter mode must be public or internal (got '${mode}')`, { parameter: 'mode', value: mode });
      const format = query.get('format') ?? 'html';
      if (format !== 'html' && format !== 'pdf') throw new InvalidInputError('http.invalid_format', `query parameter format must be html or pdf (got '${format}')`, { parameter: 'format', value: format });
      const asKnownOn = asKnownOnFrom(query);
      const laCode = params.laCode ?? '';
      // A PDF's Chromium starts while the figures are computed.
      const printer = format === 'pdf' ? openReportPrinter() : undefined;
      printer?.catch(() => undefined);
      try {
        const refusedEvents = await deps.refusedEvents(laCode);
        const input = await deps.withStore((store) => committeeReportInput(store, {
          laCode, year: period.year, period: period.choice, mode, refusedEvents,
          ...(asKnownOn ? { asKnownOn } : {}), ...(deps.population ? { population: deps.population } : {}), ...(deps.targets ? { targets: deps.targets } : {}),
        }));
        const html = await renderReportHtml(input);
        if (!printer) return { status: 200, body: html, contentType: 'text/html; charset=utf-8' };
        return { status: 200, body: await (await printer).print(html, { footer: `LA ${laCode}, ${input.period.label}` }), contentType: 'application/pdf' };
      } finally {
        if (printer) await printer.then((p) => p.close(), () => undefined);
      }
    },
  }];
}
