/**
 * For `pnpm bench`: what opening ingest costs on a log of any length. The first open of a new index file reads the
 * whole log (once, ever); every later open reads only what the log gained since, so on a log already indexed it should
 * cost about what an open on an empty log costs, however long the log.
 */
import type { EventLog } from '@careledger/eventlog';
import { IngestIndex } from '../src/ingestIndex';

export interface IndexOpenTiming {
  /** Wall time of the whole open: the DuckDB file, its schema, and the catch-up. */
  readonly seconds: number;
  /** Log records the open read. */
  readonly records: number;
}

export interface IndexOpenMeasure {
  /** The open that built (or caught up) the index at `indexPath`. */
  readonly build: IndexOpenTiming;
  /** A second open of the same file, on the same log: the figure that must not grow with the log. */
  readonly reopen: IndexOpenTiming;
}

async function timedOpen(log: EventLog, path: string): Promise<IndexOpenTiming> {
  const started = performance.now();
  const index = await IngestIndex.open(log, { path });
  const seconds = (performance.now() - started) / 1000;
  index.close();
  return { seconds, records: index.opened.records };
}

/** Opens the index at `indexPath` over `log` twice; `indexPath` must be a file (':memory:' forgets between opens). */
export async function measureIndexOpen(log: EventLog, options: { readonly indexPath: string }): Promise<IndexOpenMeasure> {
  const build = await timedOpen(log, options.indexPath);
  const reopen = await timedOpen(log, options.indexPath);
  return { build, reopen };
}
