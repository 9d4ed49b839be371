import { json, type HttpRoute } from '@careledger/runtime';
import type { IngestService } from './ingestService';

/** POST /events: an NDJSON body; 200 with the report when every line was taken, 207 when some were refused. */
export function ingestRoutes(ingest: IngestService): HttpRoute[] {
  return [{
    method: 'POST',
    path: '/events',
    handle: async ({ body, query }) => {
      const report = await ingest.ingestNdjson(await body(), query.get('source') ?? 'http');
      return json(report.rejected.length > 0 ? 207 : 200, {
        batchId: report.batchId, received: report.received, appended: report.appended, duplicates: report.duplicates,
        rejected: report.rejected.map(({ line, eventId, errors }) => ({ line, eventId, errors })),
      });
    },
  }];
}
