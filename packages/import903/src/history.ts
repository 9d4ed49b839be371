import { SCHEMA_VERSION, decodeEvent, identifyEvent, type CaseEvent } from '@careledger/events';
import type { EventLog } from '@careledger/eventlog';
import { yearOfSource } from './envelope';
import type { FactDraft } from './tables/tableImport';

/** An imported fact as it now stands in the log, after the corrections of it. */
export interface RecordedImport {
  readonly eventId: string;
  readonly childId: string;
  /** The fact as it stands: the latest replacement, or the imported event; null once retracted. */
  readonly fact: FactDraft | null;
  /** The latest return (end year) whose import stated it, or replaced or retracted it. */
  readonly year: number;
}

/** What is already imported for one LA: every event an import903 source appended, by event id. */
export type ImportedHistory = ReadonlyMap<string, RecordedImport>;

/**
 * Folds the log's events into what the imports have recorded. An import wrote the event (source 'import903:YYYY');
 * any correction of it counts, whoever sent it, as the projections apply it: the latest replacement stands in for
 * the fact, and a retraction withdraws it for good.
 */
export function foldImportedHistory(events: Iterable<CaseEvent>, laCode: string): ImportedHistory {
  const history = new Map<string, RecordedImport>();
  for (const event of events) {
    if (event.laCode !== laCode) continue;
    const year = yearOfSource(event.source);
    if (event.type === 'EventReplaced' || event.type === 'EventRetracted') {
      const target = history.get(event.payload.targetEventId);
      if (!target || target.fact === null || target.childId !== event.childId) continue;
      const fact = event.type === 'EventRetracted' ? null : (event.payload.replacement as FactDraft);
      history.set(target.eventId, { ...target, fact, year: Math.max(target.year, year ?? target.year) });
    } else if (year !== undefined && !history.has(event.eventId)) {
      history.set(event.eventId, {
        eventId: event.eventId, childId: event.childId, year,
        fact: { type: event.type, occurredAt: event.occurredAt, payload: event.payload as Record<string, unknown> },
      });
    }
  }
  return history;
}

/**
 * What the canonical text (encodeEvent's) of every event that can change the imports' history holds: an import's
 * source, or a correction's type. A record with none of them is left undecoded; one that holds them elsewhere (in a
 * payload) is only decoded for nothing.
 */
const IMPORT_MARKERS = ['"source":"import903:', '"type":"EventReplaced"', '"type":"EventRetracted"'];

/** Where encodeEvent writes the schema version: after `{"eventId":"<36-character id>",`. */
const VERSION_AT = '{"eventId":"'.length + 36 + '",'.length;
const CURRENT_VERSION = `"schemaVersion":${SCHEMA_VERSION},`;

/**
 * What the log holds of `laCode`'s imports. The log is the truth (the ingest index and the projections are both
 * folds of it, and the projections may lag): one replay per import, reading only the LA's records that an import or
 * a correction wrote in full. The embedded log holds only what careledger's ingest validated (as the projector
 * trusts it), so its records in the current canonical form are parsed without being validated again; any other
 * record, and every record of a log others may write to (Kafka), is decoded in full.
 */
export async function readImportedHistory(log: EventLog, laCode: string): Promise<ImportedHistory> {
  const events: CaseEvent[] = [];
  const prefix = `${laCode}:`;
  const trusted = log.kind === 'embedded';
  await log.replay(async (batch) => {
    for (const record of batch) {
      const identified = identifyEvent(record.value);
      if (identified && !identified.childKey.startsWith(prefix)) continue;
      const canonical = identified !== undefined && record.value.startsWith(CURRENT_VERSION, VERSION_AT);
      if (canonical && !IMPORT_MARKERS.some((marker) => record.value.includes(marker))) continue;
      if (canonical && trusted) {
        events.push(JSON.parse(record.value) as CaseEvent);
        continue;
      }
      const decoded = decodeEvent(record.value);
      if (decoded.ok) events.push(decoded.event);
    }
  });
  return foldImportedHistory(events, laCode);
}
