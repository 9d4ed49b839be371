import { checkChronology, encodeValidatedEvent, learnFrom, streamKey, type CaseEvent, type KnownChild, type RejectedRecord } from '@careledger/events';
import { eventContentHash } from './contentHash';
import { checkCorrectionScope, type IndexedEvent } from './correctionScope';

/** What the index knows, before the batch, of the events and children the batch names. */
export interface BatchKnowledge {
  /** Stored events among the batch's event ids and correction targets. */
  readonly events: ReadonlyMap<string, IndexedEvent>;
  /** Stored knowledge of the batch's children. */
  readonly children: ReadonlyMap<string, KnownChild>;
}

export interface EventToAppend {
  readonly line: number;
  readonly event: CaseEvent;
  /** The event as the log stores it (its JSON). */
  readonly value: string;
  readonly contentHash: string;
}

export interface BatchDecision {
  readonly toAppend: EventToAppend[];
  readonly duplicates: number;
  /** Refused events (conflicts included, their reason says so), in line order. */
  readonly rejected: RejectedRecord[];
  /** What the index will know of each child the appended events are about, once they are indexed. */
  readonly children: Map<string, KnownChild>;
}

export function indexedEventOf(event: CaseEvent, contentHash: string): IndexedEvent {
  return { eventId: event.eventId, childKey: streamKey(event), type: event.type, occurredAt: event.occurredAt, contentHash };
}

function describeStored(stored: IndexedEvent): string {
  return `${stored.type} on ${stored.occurredAt} for child ${stored.childKey}`;
}

/**
 * Decides, line by line, what a batch of valid events does: append, skip as a duplicate (same id, same content),
 * or refuse (same id with other content, a correction out of scope, a date that contradicts the child's history).
 * Each line sees the log and every earlier accepted line of the batch, so the outcome never depends on batching.
 */
/** An event as the log stores it, and the hash of that text. */
export interface EncodedEvent {
  readonly value: string;
  readonly contentHash: string;
}

/** Each event's log text and content hash; pure, so ingest works it out while DuckDB looks the batch up. */
export function encodeForLog(events: readonly { readonly event: CaseEvent }[]): EncodedEvent[] {
  return events.map(({ event }) => {
    const value = encodeValidatedEvent(event);
    return { value, contentHash: eventContentHash(value) };
  });
}

export function decideBatch(
  accepted: readonly { readonly line: number; readonly event: CaseEvent }[],
  known: BatchKnowledge,
  encoded: readonly EncodedEvent[] = encodeForLog(accepted),
): BatchDecision {
  const toAppend: EventToAppend[] = [];
  const rejected: RejectedRecord[] = [];
  let duplicates = 0;
  // Accepted so far, by id; their IndexedEvent is only built when a later line needs it (rare).
  const inBatch = new Map<string, EventToAppend>();
  const asIndexed = (earlier: EventToAppend | undefined) => earlier && indexedEventOf(earlier.event, earlier.contentHash);
  // Chronology is checked against a scratch copy so a refused event teaches the index nothing.
  const children = new Map<string, KnownChild | undefined>();
  const refuse = (line: number, event: CaseEvent, errors: RejectedRecord['errors'], raw: string) =>
    rejected.push({ line, eventId: event.eventId, errors, raw });

  for (let i = 0; i < accepted.length; i += 1) {
    const { line, event } = accepted[i]!;
    const { value, contentHash } = encoded[i]!;
    const earlierInBatch = inBatch.get(event.eventId);
    const stored = asIndexed(earlierInBatch) ?? known.events.get(event.eventId);
    if (stored) {
      if (stored.contentHash === contentHash) {
        duplicates += 1;
      } else {
        const where = earlierInBatch ? `at line ${earlierInBatch.line} of this batch` : 'in the log';
        refuse(line, event, [{ field: 'eventId', reason: `conflict: event id ${event.eventId} is already ${where} with other content (stored: ${describeStored(stored)})` }], value);
      }
      continue;
    }
    const key = streamKey(event);
    const child = children.has(key) ? children.get(key) : known.children.get(key);
    const target = isCorrection(event)
      ? asIndexed(inBatch.get(event.payload.targetEventId)) ?? known.events.get(event.payload.targetEventId)
      : undefined;
    const chronology = checkChronology(event, child);
    const errors = target === undefined && !isCorrection(event) ? chronology : [...checkCorrectionScope(event, target), ...chronology];
    if (errors.length > 0) {
      refuse(line, event, errors, value);
      continue;
    }
    const appended = { line, event, value, contentHash };
    inBatch.set(event.eventId, appended);
    toAppend.push(appended);
    children.set(key, learnFrom(event, child));
  }
  const learnt = new Map<string, KnownChild>();
  for (const [key, child] of children) if (child) learnt.set(key, child);
  return { toAppend, duplicates, rejected, children: learnt };
}

function isCorrection(event: CaseEvent): event is Extract<CaseEvent, { type: 'EventRetracted' | 'EventReplaced' }> {
  return event.type === 'EventRetracted' || event.type === 'EventReplaced';
}

/**
 * The ids a batch's decision needs looked up in the index: its own event ids and its corrections' targets. An id
 * may be listed twice (a resent line, a target in the batch): the lookup is a semi join, so that costs nothing there
 * and saves a set of the batch here.
 */
export function idsToLookUp(events: readonly CaseEvent[]): string[] {
  const ids: string[] = [];
  for (const event of events) {
    ids.push(event.eventId);
    if (isCorrection(event)) ids.push(event.payload.targetEventId);
  }
  return ids;
}
