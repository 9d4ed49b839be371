import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { silentLogger, type Logger } from '@careledger/runtime';
import { ProjectionStore } from '@careledger/projections';

/**
 * Where the projections of each log partition live: the projector's only knowledge of storage layout. The
 * composition root picks one; the fold is the same for both.
 */
export interface ProjectionStores {
  /** The store that holds `partition`'s projections and offsets, opened if need be. */
  storeFor(partition: number): Promise<ProjectionStore>;
  /** The stores opened so far, each once. */
  opened(): ProjectionStore[];
  /** `partition` left this projector (its dirty children were derived): let another process open its store. */
  release(partition: number): Promise<void>;
  /** Forgets every projection and offset, for a rebuild from offset 0. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One database for every partition (embedded: `<data>/projections.duckdb`). Unless `owned`, the store stays the
 * caller's and close() leaves it open, so a long-running process (serve) keeps folding into the same database.
 */
export class OneStoreForAllPartitions implements ProjectionStores {
  constructor(private readonly store: ProjectionStore, private readonly options: { owned?: boolean } = {}) {}

  async storeFor(): Promise<ProjectionStore> {
    return this.store;
  }

  opened(): ProjectionStore[] {
    return [this.store];
  }

  async release(): Promise<void> {}

  clear(): Promise<void> {
    return this.store.clear();
  }

  async close(): Promise<void> {
    if (this.options.owned) this.store.close();
  }
}

export interface StorePerPartitionOptions {
  /** Folder of the databases, `partition-<n>.duckdb`. */
  readonly directory: string;
  readonly threads?: number;
  readonly logger?: Logger;
  /** How long to keep trying to open a database its previous owner still holds. Default 30 s. */
  readonly openTimeoutMs?: number;
}

/**
 * One database per partition (Kafka: `<data>/projections/partition-<n>.duckdb`): whichever consumer-group member owns
 * a partition opens its file, so members never share a DuckDB writer. Each child lives in exactly one partition, so
 * the returns read the union of the files (`ProjectionStore.openCombined`).
 */
export class StorePerPartition implements ProjectionStores {
  private readonly stores = new Map<number, ProjectionStore>();
  private readonly logger: Logger;

  constructor(private readonly options: StorePerPartitionOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  async storeFor(partition: number): Promise<ProjectionStore> {
    const open = this.stores.get(partition);
    if (open) return open;
    await mkdir(this.options.directory, { recursive: true });
    const deadline = Date.now() + (this.options.openTimeoutMs ?? 30_000);
    // A partition that just moved here may still be held by its previous owner for a moment.
    for (;;) {
      try {
        const store = await ProjectionStore.open({ path: partitionStorePath(this.options.directory, partition), threads: this.options.threads ?? 1, logger: this.logger });
        this.stores.set(partition, store);
        return store;
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  opened(): ProjectionStore[] {
    return [...this.stores.values()];
  }

  async release(partition: number): Promise<void> {
    const store = this.stores.get(partition);
    this.stores.delete(partition);
    store?.close();
  }

  /** Removes the partition databases: they hold the offsets, so this is a rebuild from 0 (stop other members first). */
  async clear(): Promise<void> {
    await this.close();
    await rm(this.options.directory, { recursive: true, force: true });
  }

  async close(): Promise<void> {
    for (const partition of [...this.stores.keys()]) await this.release(partition);
  }
}

export function partitionStorePath(directory: string, partition: number): string {
  return join(directory, `partition-${partition}.duckdb`);
}

/** The partition databases in `directory`, sorted; none if it does not exist. */
export async function partitionStorePaths(directory: string): Promise<string[]> {
  const names = await readdir(directory).catch(() => [] as string[]);
  return names.filter((n) => /^partition-\d+\.duckdb$/.test(n)).sort().map((n) => join(directory, n));
}
