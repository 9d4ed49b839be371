import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RejectedRecord } from '@careledger/events';

/** Where refused input goes, whole and with its reasons, so nothing sent is ever lost. */
export interface DeadLetterStore {
  put(records: readonly RejectedRecord[], context: { readonly batchId: string; readonly source: string }): Promise<void>;
  /** Releases connections (a Kafka producer); a file store has none. */
  close?(): Promise<void>;
}

export interface DeadLetter extends RejectedRecord {
  readonly batchId: string;
  readonly source: string;
  readonly refusedAt: string;
}

/** Dead letters in an append-only NDJSON file, fsynced before the batch is reported. */
export class FileDeadLetterStore implements DeadLetterStore {
  constructor(readonly path: string) {}

  async put(records: readonly RejectedRecord[], context: { batchId: string; source: string }): Promise<void> {
    if (records.length === 0) return;
    await mkdir(dirname(this.path), { recursive: true });
    const refusedAt = new Date().toISOString();
    const lines = records.map((r) => JSON.stringify({ ...r, ...context, refusedAt } satisfies DeadLetter)).join('\n');
    const file = await open(this.path, 'a');
    try {
      await file.write(`${lines}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
  }
}
