import { existsSync } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RejectedRecord } from '@careledger/events';
import { deadLetterHash } from './contentHash';

/** A refused record as handed to a dead-letter store: ingest adds the hash of its raw content and reasons. */
export interface DeadLetterRecord extends RejectedRecord {
  /** `deadLetterHash(raw, errors)`: the same refusal sent twice has the same hash. */
  readonly contentHash?: string;
}

/** Where refused input goes, whole and with its reasons, so nothing sent is ever lost. */
export interface DeadLetterStore {
  put(records: readonly DeadLetterRecord[], context: { readonly batchId: string; readonly source: string }): Promise<void>;
  /**
   * True when the store itself skips a record whose content hash it already holds (the file store). A store that
   * cannot look its content up (a Kafka topic) leaves it out, and ingest keeps the hashes in its index instead.
   */
  readonly deduplicates?: boolean;
  /** Releases connections (a Kafka producer); a file store has none. */
  close?(): Promise<void>;
}

export interface DeadLetter extends DeadLetterRecord {
  readonly batchId: string;
  readonly source: string;
  readonly refusedAt: string;
}

/**
 * Dead letters in an append-only NDJSON file, fsynced before the batch is reported. A refusal already in the file
 * (same raw content, same reasons) is not written again, so re-sending a file does not duplicate its dead letters.
 */
export class FileDeadLetterStore implements DeadLetterStore {
  readonly deduplicates = true;
  private stored: Set<string> | undefined;

  constructor(readonly path: string) {}

  async put(records: readonly DeadLetterRecord[], context: { batchId: string; source: string }): Promise<void> {
    if (records.length === 0) return;
    const stored = await this.storedHashes();
    const fresh: DeadLetterRecord[] = [];
    for (const record of records) {
      const contentHash = record.contentHash ?? deadLetterHash(record.raw, record.errors);
      if (stored.has(contentHash)) continue;
      stored.add(contentHash);
      fresh.push({ ...record, contentHash });
    }
    if (fresh.length === 0) return;
    await mkdir(dirname(this.path), { recursive: true });
    const refusedAt = new Date().toISOString();
    const lines = fresh.map((r) => JSON.stringify({ ...r, ...context, refusedAt } satisfies DeadLetter)).join('\n');
    const file = await open(this.path, 'a');
    try {
      await file.write(`${lines}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
  }

  /** Read once per store: dead letters are few next to events, and this store is their only writer. */
  private async storedHashes(): Promise<Set<string>> {
    if (this.stored) return this.stored;
    const hashes = new Set<string>();
    if (existsSync(this.path)) {
      for (const line of (await readFile(this.path, 'utf8')).split('\n')) {
        if (line.trim() === '') continue;
        try {
          const letter = JSON.parse(line) as Partial<DeadLetter>;
          // Letters written before hashes were kept get theirs computed, so they are recognised too.
          if (letter.contentHash) hashes.add(letter.contentHash);
          else if (typeof letter.raw === 'string' && Array.isArray(letter.errors)) hashes.add(deadLetterHash(letter.raw, letter.errors));
        } catch {
          // A torn last line (a crash mid-write) is not a dead letter to match against.
        }
      }
    }
    this.stored = hashes;
    return hashes;
  }
}
