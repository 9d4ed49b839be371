import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InternalError, writeFileAtomically } from '@careledger/runtime';
import type { FactCandidate } from './tables/tableImport';

/**
 * Facts of a return that ingest's chronology refused for now: a later return imported before the earlier one states
 * facts (an adoption decision, a care leaver's contact) whose period of care only the earlier return starts. They
 * wait, kept as the return stated them, and are planned and offered again after every later import of the LA, so
 * years imported in any order give the same history. A fact whose earlier return never comes waits for ever, and
 * each import says how many are waiting.
 */
export interface WaitingFacts {
  /** The facts waiting for `laCode`, by the return (collection year's end) that stated them. */
  load(laCode: string): Promise<ReadonlyMap<number, readonly FactCandidate[]>>;
  /** Replaces what waits for `laCode` (an empty map clears it). */
  save(laCode: string, waiting: ReadonlyMap<number, readonly FactCandidate[]>): Promise<void>;
}

/** In memory, for one process (tests, a single import run). */
export class WaitingInMemory implements WaitingFacts {
  private readonly byLa = new Map<string, ReadonlyMap<number, readonly FactCandidate[]>>();
  async load(laCode: string) { return this.byLa.get(laCode) ?? new Map(); }
  async save(laCode: string, waiting: ReadonlyMap<number, readonly FactCandidate[]>) { this.byLa.set(laCode, waiting); }
}

/**
 * One JSON file per LA beside the data (`<data>/import903/waiting-<la>.json`), replaced whole by a rename so a crash
 * leaves the old or the new set, never half. A crash between the ingest and the save loses only the waiting list:
 * the facts are in the dead-letter store, and importing their return again puts them back.
 */
export class WaitingInFiles implements WaitingFacts {
  constructor(private readonly dir: string) {}

  private file(laCode: string): string {
    return `${this.dir}/waiting-${laCode}.json`;
  }

  async load(laCode: string): Promise<ReadonlyMap<number, readonly FactCandidate[]>> {
    let text: string;
    try {
      text = await readFile(this.file(laCode), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw new InternalError('import903.waiting_unreadable', `cannot read ${this.file(laCode)}: ${(error as Error).message}`, { file: this.file(laCode) }, { cause: error });
    }
    const stored = JSON.parse(text) as { byReturn: Record<string, FactCandidate[]> };
    return new Map(Object.entries(stored.byReturn).map(([endYear, candidates]) => [Number(endYear), candidates]));
  }

  async save(laCode: string, waiting: ReadonlyMap<number, readonly FactCandidate[]>): Promise<void> {
    const file = this.file(laCode);
    await mkdir(dirname(file), { recursive: true });
    const byReturn = Object.fromEntries([...waiting].filter(([, candidates]) => candidates.length > 0));
    await writeFileAtomically(file, `${JSON.stringify({ laCode, byReturn })}\n`);
  }
}
