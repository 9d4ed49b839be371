import { ForbiddenError, inLaScope, json, needs, type HttpRoute } from '@careledger/runtime';
import { isForbidden, type IngestService } from './ingestService';

export interface IngestHttpOptions {
  /** A longer NDJSON line is refused by its line number (http.maxLineBytes); the other lines are still taken. */
  readonly maxLineBytes?: number;
}

/**
 * POST /events: an NDJSON body, from a token with the `ingest` role. Each line is taken or refused on its own, as
 * ingest always has: an event of an LA outside the token's scope and a line over the size limit are refused by
 * line number with their reason, the others appended. 200 with the report when every line was taken, 207 when some
 * were refused, 403 when every line was of an LA the token may not write (nothing appended).
 */
export function ingestRoutes(ingest: IngestService, options: IngestHttpOptions = {}): HttpRoute[] {
  return [{
    method: 'POST',
    path: '/events',
    access: needs('ingest'),
    handle: async ({ body, query, caller }) => {
      const report = await ingest.ingestNdjson(await body(), query.get('source') ?? 'http', {
        ...(options.maxLineBytes === undefined ? {} : { maxLineBytes: options.maxLineBytes }),
        laCodeAllowed: (laCode) => caller !== undefined && inLaScope(caller, laCode),
      });
      const rejected = report.rejected.map(({ line, eventId, errors }) => ({ line, eventId, errors }));
      if (report.received > 0 && report.rejected.length === report.received && report.rejected.every(isForbidden)) {
        throw new ForbiddenError('access.la_out_of_scope', `token ${caller?.tokenId} is not scoped to the LA of any event in this batch: nothing was appended`, { tokenId: caller?.tokenId, batchId: report.batchId, rejected });
      }
      return json(report.rejected.length > 0 ? 207 : 200, {
        batchId: report.batchId, received: report.received, appended: report.appended, duplicates: report.duplicates, rejected,
      });
    },
  }];
}

