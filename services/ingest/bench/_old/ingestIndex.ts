import { streamKey, type CaseEvent } from '@careledger/events';
import { learnFrom, type KnownChild } from './chronology';
import type { EventLog } from '@careledger/eventlog';

/**
 * What ingest must know before it appends: the event ids already in the log (so a file sent twice adds nothing)
 * and, per child, the date of birth and earliest care date (to refuse a date of birth after care began).
 *
 * It is derived from the log itself on open, so it can never disagree with what the log acknowledged, even after a
 * crash between an append and anything else.
 */
export class IngestIndex {
  private readonly eventIds = new Set<string>();
  private readonly children = new Map<string, KnownChild>();

  static async fromLog(log: EventLog): Promise<IngestIndex> {
    const index = new IngestIndex();
    await log.replay(async (batch) => {
      for (const record of batch) {
        // Only the fields the index needs; the log holds events that were validated when appended.
        const event = JSON.parse(record.value) as CaseEvent;
        index.add(event);
      }
    }, { batchSize: 20_000 });
    return index;
  }

  has(eventId: string): boolean {
    return this.eventIds.has(eventId);
  }

  child(key: string): KnownChild | undefined {
    return this.children.get(key);
  }

  add(event: CaseEvent): void {
    this.eventIds.add(event.eventId);
    const key = streamKey(event);
    const known = learnFrom(event, this.children.get(key));
    if (known) this.children.set(key, known);
  }
}
