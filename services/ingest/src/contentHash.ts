import { createHash } from 'node:crypto';
import type { FieldError } from '@careledger/events';

/** JSON with object keys sorted at every level, so the same content always has the same text, whoever wrote it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * The hash of an event's whole content (envelope and payload): two events with one id and the same hash are the
 * same event sent twice; with different hashes, a conflict. Keys are sorted first, so the same content hashes the
 * same whoever encoded it (ingest writes the schema's key order; a test, a tool or another producer may not).
 */
export function eventContentHash(event: unknown): string {
  return sha(canonicalJson(event));
}

/** The hash of a refused record: its exact raw text and its reasons, so a file sent twice is dead-lettered once. */
export function deadLetterHash(raw: string, errors: readonly FieldError[]): string {
  return sha(`${raw}\n${canonicalJson(errors)}`);
}
