import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBDataChunk, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import { InvalidInputError, pseudonymFor, sqlStringLiteral, temporaryBeside, writeFileAtomically } from '@careledger/runtime';
import { LA_CODE_PATTERN } from '@careledger/ssda903';
import { ANALYST_VIEWS, type AnalystColumn, type AnalystView } from './views/registry';

/**
 * What analysts query is published, never the projections themselves: after the projector commits, each LA's
 * analyst views are written as tables into files of their own (`plain/<la>.<store>.duckdb`, and the same with child
 * ids, dates of birth and postcodes pseudonymised in `pseudonymised/`), each replaced whole by a rename. A reader
 * opens them read-only, so it never blocks the writer nor sees half a fold, and a file holds one LA: a session opens
 * only the LAs it may see. `<store>` is the projection store the rows came from ('all', or a Kafka partition's).
 */
export const PUBLISHED_KINDS = ['plain', 'pseudonymised'] as const;
export type PublishedKind = (typeof PUBLISHED_KINDS)[number];

/** The published file of one LA from one store. */
export const publishedFileName = (laCode: string, storeTag: string): string => `${laCode}.${storeTag}.duckdb`;
const PUBLISHED_FILE = /^(\d{3})\.([a-z0-9-]+)\.duckdb$/;

export function parsePublishedFileName(fileName: string): { laCode: string; storeTag: string } | undefined {
  const match = PUBLISHED_FILE.exec(fileName);
  return match ? { laCode: match[1]!, storeTag: match[2]! } : undefined;
}

/** A change to any view's definition publishes every LA again. */
const VIEWS_VERSION = createHash('sha256').update(JSON.stringify(ANALYST_VIEWS)).digest('hex').slice(0, 16);

interface StoreManifest {
  readonly views: string;
  /** The store's fold offsets and validation issues when last published: unchanged, nothing needs looking at. */
  readonly store?: string;
  readonly las: Record<string, { readonly fingerprint: string; readonly publishedAt: string }>;
}

export interface PublicationReport {
  /** LAs whose data had changed since they were last published, and were published again. */
  readonly published: readonly string[];
  /** LAs left as they were, unchanged since their last publication. */
  readonly unchanged: readonly string[];
}

const manifestPath = (dir: string, storeTag: string) => join(dir, `manifest.${storeTag}.json`);

async function readManifest(dir: string, storeTag: string): Promise<StoreManifest | undefined> {
  try {
    return JSON.parse(await readFile(manifestPath(dir, storeTag), 'utf8')) as StoreManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * What an LA's published data is made of, cheaply: its events (count and latest log position) and its validation
 * issues (count, latest change). Equal fingerprints mean nothing an analyst view shows has changed.
 */
async function fingerprints(connection: DuckDBConnection): Promise<Map<string, string>> {
  const reader = await connection.runAndReadAll(`
    SELECT e.la_code, concat_ws('|', e.n, e.last_partition, e.last_offset, coalesce(v.n, 0), coalesce(v.changed, '')) AS fingerprint
    FROM (SELECT la_code, count(*) AS n, max(log_partition) AS last_partition, max(log_offset) AS last_offset FROM events GROUP BY la_code) e
    LEFT JOIN (SELECT la_code, count(*) AS n, max(greatest(first_seen, coalesce(resolved_at, ''))) AS changed FROM validation_issues GROUP BY la_code) v
      ON v.la_code = e.la_code
    ORDER BY e.la_code`);
  return new Map(reader.getRowsJS().map((row) => [String(row[0]), String(row[1])]));
}

/** The whole store's fingerprint, from two small tables: what it has folded, and its validation issues. */
async function storeFingerprint(connection: DuckDBConnection): Promise<string> {
  const reader = await connection.runAndReadAll(`
    SELECT concat_ws('|',
      (SELECT coalesce(string_agg(concat_ws(':', consumer, log_partition, next_offset), ',' ORDER BY consumer, log_partition), '') FROM projector_offsets),
      (SELECT concat_ws(':', count(*), coalesce(max(greatest(first_seen, coalesce(resolved_at, ''))), '')) FROM validation_issues))`);
  return String(reader.getRowsJS()[0]![0]);
}

/** A view's column as the pseudonymised file holds it. */
function pseudonymisedColumn(column: AnalystColumn): string {
  const name = `"${column.name}"`;
  switch (column.pseudonymised) {
    case 'child': return `(SELECT p.pseudonym FROM analyst_pseudonyms p WHERE p.child_id = v.${name}) AS ${name}`;
    case 'birth': return `strftime(v.${name}, '%Y-%m') AS ${name}`;
    // The district is the outward code: all but the inward code's three characters, spaces aside.
    case 'postcode': return `nullif(upper(left(replace(v.${name}, ' ', ''), length(replace(v.${name}, ' ', '')) - 3)), '') AS ${name}`;
    case 'drop': return `CAST(NULL AS VARCHAR) AS ${name}`;
    default: return `v.${name}`;
  }
}

const viewSql = (view: AnalystView, laCode: string): string => view.sql.replaceAll('$laCode', sqlStringLiteral(laCode));

async function publishFile(connection: DuckDBConnection, path: string, selects: readonly { view: AnalystView; sql: string }[]): Promise<void> {
  const temporary = temporaryBeside(path);
  await connection.run(`ATTACH ${sqlStringLiteral(temporary)} AS analyst_publish`);
  try {
    for (const { view, sql } of selects) await connection.run(`CREATE TABLE analyst_publish."${view.name}" AS ${sql}`);
  } finally {
    await connection.run('DETACH analyst_publish');
  }
  await rename(temporary, path);
}

/** The keyed pseudonym of each of the LA's children, in a temporary table the pseudonymised selects read. */
async function loadPseudonyms(connection: DuckDBConnection, laCode: string, key: Uint8Array): Promise<void> {
  const ids = (await connection.runAndReadAll(`SELECT DISTINCT child_id FROM events WHERE la_code = ${sqlStringLiteral(laCode)}`)).getRowsJS().map((row) => String(row[0]));
  await connection.run('CREATE OR REPLACE TEMP TABLE analyst_pseudonyms (child_id VARCHAR, pseudonym VARCHAR)');
  if (ids.length === 0) return;
  const appender = await connection.createAppender('analyst_pseudonyms', 'main', 'temp');
  const chunkRows = 2048;
  for (let start = 0; start < ids.length; start += chunkRows) {
    const slice = ids.slice(start, start + chunkRows);
    const chunk = DuckDBDataChunk.create([VARCHAR, VARCHAR], slice.length);
    chunk.setColumns([slice, slice.map((id) => pseudonymFor(key, laCode, id))]);
    appender.appendDataChunk(chunk);
  }
  appender.flushSync();
  appender.closeSync();
}

/**
 * Publishes the analyst views of every LA in the store whose data changed since its last publication (all of them
 * the first time, or when a view's definition changed). `connection` is the projection store's, outside any
 * transaction; the store is read as committed.
 */
export async function publishAnalystData(connection: DuckDBConnection, options: {
  readonly dir: string; readonly pseudonymKey: Uint8Array; readonly storeTag?: string; readonly now?: () => Date;
}): Promise<PublicationReport> {
  const storeTag = options.storeTag ?? 'all';
  if (!/^[a-z0-9-]+$/.test(storeTag)) throw new InvalidInputError('analyst.store_tag', `store tag '${storeTag}' must be lower-case letters, digits and dashes`, { storeTag });
  for (const kind of PUBLISHED_KINDS) await mkdir(join(options.dir, kind), { recursive: true });
  const manifest = await readManifest(options.dir, storeTag);
  const previous = manifest?.views === VIEWS_VERSION ? manifest.las : {};
  // The common case after a catch-up that folded nothing: one look at two small tables.
  const store = await storeFingerprint(connection);
  if (manifest?.views === VIEWS_VERSION && manifest.store === store) return { published: [], unchanged: Object.keys(previous).sort() };
  const current = await fingerprints(connection);
  const las: Record<string, { fingerprint: string; publishedAt: string }> = {};
  const published: string[] = [];
  const unchanged: string[] = [];
  for (const [laCode, fingerprint] of current) {
    if (!LA_CODE_PATTERN.test(laCode)) continue;
    if (previous[laCode]?.fingerprint === fingerprint) {
      las[laCode] = previous[laCode]!;
      unchanged.push(laCode);
      continue;
    }
    const file = publishedFileName(laCode, storeTag);
    await publishFile(connection, join(options.dir, 'plain', file), ANALYST_VIEWS.map((view) => ({ view, sql: viewSql(view, laCode) })));
    await loadPseudonyms(connection, laCode, options.pseudonymKey);
    try {
      await publishFile(connection, join(options.dir, 'pseudonymised', file), ANALYST_VIEWS.map((view) => ({
        view, sql: `SELECT ${view.columns.map(pseudonymisedColumn).join(', ')} FROM (${viewSql(view, laCode)}) AS v`,
      })));
    } finally {
      await connection.run('DROP TABLE IF EXISTS analyst_pseudonyms');
    }
    las[laCode] = { fingerprint, publishedAt: (options.now?.() ?? new Date()).toISOString() };
    published.push(laCode);
  }
  // An LA no longer in the store (a rebuild without it) is no longer published from it.
  for (const laCode of Object.keys(previous)) {
    if (current.has(laCode)) continue;
    for (const kind of PUBLISHED_KINDS) await rm(join(options.dir, kind, publishedFileName(laCode, storeTag)), { force: true });
  }
  await writeFileAtomically(manifestPath(options.dir, storeTag), `${JSON.stringify({ views: VIEWS_VERSION, store, las }, null, 2)}\n`);
  return { published, unchanged };
}

/** When each LA's published data was last written (the oldest of its stores'), for saying how fresh a query is. */
export async function publishedAt(dir: string): Promise<Map<string, string>> {
  const times = new Map<string, string>();
  let files: string[];
  try {
    files = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return times;
    throw error;
  }
  for (const file of files) {
    const storeTag = /^manifest\.([a-z0-9-]+)\.json$/.exec(file)?.[1];
    if (!storeTag) continue;
    const manifest = await readManifest(dir, storeTag);
    for (const [laCode, { publishedAt: at }] of Object.entries(manifest?.las ?? {})) {
      const known = times.get(laCode);
      if (!known || at < known) times.set(laCode, at);
    }
  }
  return times;
}
