import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '@careledger/runtime';
import { ChildHistory } from '@careledger/events/testing';
import { PROJECTION_SCHEMA_HASH, ProjectionStore, storedEvents } from '../src';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-schema-'));
  path = join(dir, 'projections.duckdb');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function raw(file: string, statements: readonly string[]): Promise<void> {
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  for (const statement of statements) await connection.run(statement);
  connection.closeSync();
  instance.closeSync();
}

function recordingLogger() {
  const warnings: { context: Record<string, unknown>; message: string }[] = [];
  const logger = { warn: (context: Record<string, unknown>, message: string) => warnings.push({ context, message }), debug: () => {}, info: () => {} } as unknown as Logger;
  return { logger, warnings };
}

/** A file as an earlier version made it: the wide events table, a projection row and offsets, and no hash. */
const OLD_STYLE_FILE = [
  `CREATE TABLE events (event_id VARCHAR NOT NULL, log_partition INTEGER NOT NULL, log_offset BIGINT NOT NULL, type VARCHAR NOT NULL,
     child_key VARCHAR NOT NULL, sex VARCHAR, placement_type VARCHAR)`,
  `INSERT INTO events VALUES ('e1', 0, 0, 'PlacementChanged', '883:X1', NULL, 'U4')`,
  `CREATE TABLE children (child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL, sex VARCHAR)`,
  `INSERT INTO children VALUES ('883:X1', '883', 'X1', 'M')`,
  `CREATE TABLE projector_offsets (consumer VARCHAR NOT NULL, log_partition INTEGER NOT NULL, next_offset BIGINT NOT NULL, PRIMARY KEY (consumer, log_partition))`,
  `INSERT INTO projector_offsets VALUES ('projector', 0, 1)`,
];

async function foldedFile(): Promise<number> {
  const child = new ChildHistory('883', 'S1');
  child.details({ dob: '2012-01-01' });
  child.startCare('2023-01-01', { ls: 'C1', place: 'U6' });
  const store = await ProjectionStore.open({ path });
  await store.foldBatch('projector', storedEvents(child.events), new Map([[0, child.events.length]]));
  await store.deriveDirtyChildren();
  store.close();
  return child.events.length;
}

const count = async (store: ProjectionStore, table: string) => Number((await store.query<{ n: bigint }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

describe('projection schema hash', () => {
  it('keeps a file built by the same schema as it is', async () => {
    const folded = await foldedFile();
    const { logger, warnings } = recordingLogger();
    const store = await ProjectionStore.open({ path, logger });
    expect(await count(store, 'events')).toBe(folded);
    expect(await store.offsets('projector')).toEqual(new Map([[0, folded]]));
    expect(warnings).toEqual([]);
    store.close();
  });

  it('drops an old file without a hash and starts it over, so the projector refolds from the log', async () => {
    await raw(path, OLD_STYLE_FILE);
    const { logger, warnings } = recordingLogger();
    const store = await ProjectionStore.open({ path, logger });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.context).toMatchObject({ oldHash: null, newHash: PROJECTION_SCHEMA_HASH });
    expect(await count(store, 'events')).toBe(0);
    expect(await count(store, 'children')).toBe(0);
    expect(await store.offsets('projector')).toEqual(new Map());
    expect(await store.query(`SELECT column_name FROM duckdb_columns() WHERE table_name = 'events' AND column_name = 'fact_payload'`)).toHaveLength(1);
    // It works as a new file would.
    const child = new ChildHistory('883', 'S2');
    child.startCare('2023-01-01', { ls: 'C1', place: 'U6' });
    await store.foldBatch('projector', storedEvents(child.events), new Map([[0, 1]]));
    await store.deriveDirtyChildren();
    expect(await count(store, 'episodes')).toBe(1);
    store.close();
  });

  it('drops a file built with another hash, including tables only that version knew', async () => {
    await foldedFile();
    await raw(path, [
      `CREATE TABLE retired_projection (x INTEGER)`,
      `UPDATE projection_schema SET hash = '0123456789abcdef', tables = list_append(tables, 'retired_projection')`,
    ]);
    const { logger, warnings } = recordingLogger();
    const store = await ProjectionStore.open({ path, logger });
    expect(warnings.map((w) => w.context)).toMatchObject([{ oldHash: '0123456789abcdef', newHash: PROJECTION_SCHEMA_HASH }]);
    expect(warnings[0]!.message).toContain('0123456789abcdef');
    expect(await count(store, 'events')).toBe(0);
    expect(await store.offsets('projector')).toEqual(new Map());
    expect(await store.query(`SELECT table_name FROM duckdb_tables() WHERE table_name = 'retired_projection'`)).toEqual([]);
    expect(await store.query('SELECT hash FROM projection_schema')).toEqual([{ hash: PROJECTION_SCHEMA_HASH }]);
    store.close();
  });

  it('refuses a read-only open of a file built by another version, saying how to rebuild', async () => {
    await foldedFile();
    await raw(path, [`UPDATE projection_schema SET hash = '0123456789abcdef'`]);
    const opening = ProjectionStore.open({ path, readOnly: true });
    await expect(opening).rejects.toMatchObject({ kind: 'invalid', code: 'projections.schema', context: { hash: '0123456789abcdef', expected: PROJECTION_SCHEMA_HASH } });
    await expect(ProjectionStore.open({ path, readOnly: true })).rejects.toThrow(/built by another version.*careledger project --rebuild --data DIR/);
  });

  it('refuses a read-only open of an old file with no hash', async () => {
    await raw(path, OLD_STYLE_FILE);
    await expect(ProjectionStore.open({ path, readOnly: true })).rejects.toMatchObject({ kind: 'invalid', code: 'projections.schema', context: { hash: null } });
  });

  it('refuses to combine partition databases when one was built by another version', async () => {
    await foldedFile();
    const other = join(dir, 'other.duckdb');
    await raw(other, OLD_STYLE_FILE);
    const combined = await ProjectionStore.openCombined([path]);
    expect(await count(combined, 'children')).toBe(1);
    combined.close();
    await expect(ProjectionStore.openCombined([path, other])).rejects.toMatchObject({ kind: 'invalid', code: 'projections.schema' });
  });
});
