import { hash } from 'node:crypto';
import type { FieldError } from '@careledger/events';
import { canonicalJson } from '@careledger/runtime';

export { canonicalJson };

// One-shot hashing: about twice as fast as a Hash object, and this runs for every event ingested.
const sha = (text: string): string => hash('sha256', text, 'hex').slice(0, 32);

/**
 * The hash of an event's whole content (envelope and payload), given as its wire JSON: the JSON of the validated
 * event, whose key order the schema fixes, which is what ingest appends. Two events with one id and the same hash
 * are the same event sent twice; with different hashes, a conflict. Ingest hashes the text it appends anyway, so
 * this costs one digest per event; the index re-encodes log records it did not write (see ingestIndex.ts).
 */
export function eventContentHash(wireJson: string): string {
  return sha(wireJson);
}

/** The hash of a refused record: its exact raw text and its reasons, so a file sent twice is dead-lettered once. */
export function deadLetterHash(raw: string, errors: readonly FieldError[]): string {
  return sha(`${raw}\n${canonicalJson(errors)}`);
}
