import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InvalidInputError, NotFoundError } from '@careledger/runtime';
import { parseCsv } from '@careledger/ssda903';
import { COMPARATOR_SOURCES } from './comparatorMapping';
import { NEIGHBOUR_GROUPINGS, PUBLISHED_TABLE_BY_ID, PUBLISHED_TABLES, type PublishedTableSpec } from './publishedSources';
import { readPublishedTable, type PublishedTable } from './publishedTable';
import { readNeighbourGroupings, type NeighbourGroupings } from './statisticalNeighbours';

export type TableOrigin = 'shipped' | 'supplied';

export interface LoadedPublishedTable {
  readonly spec: PublishedTableSpec;
  readonly table: PublishedTable;
  readonly origin: TableOrigin;
  /** How a comparison names where its value is from: publication, release, file, shipped or supplied. */
  readonly source: string;
}

export interface LoadedNeighbourGroupings {
  readonly groupings: NeighbourGroupings;
  readonly origin: TableOrigin;
  readonly source: string;
}

/** The published tables and neighbour groupings figures are compared with: shipped, or a council's newer files. */
export interface ComparatorTables {
  readonly tables: ReadonlyMap<string, LoadedPublishedTable>;
  readonly neighbours: LoadedNeighbourGroupings;
}

/** A file a council downloaded: its name (as it should appear in messages), its text, and the table it is if said. */
export interface SuppliedTableFile {
  readonly file: string;
  readonly text: string;
  /** One of PUBLISHED_TABLES' ids or 'statistical_neighbours'; told from the file name or columns when absent. */
  readonly table?: string;
}

const DATA_FOLDER = new URL('../../data/dfe/', import.meta.url);
const OGL = 'Open Government Licence v3.0';

/** The columns a table must have for every comparison the mapping makes from it. */
function requiredColumnsOf(spec: PublishedTableSpec): string[] {
  const sources = COMPARATOR_SOURCES.filter((s) => s.table === spec.id);
  return [...new Set(sources.flatMap((s) => [...Object.keys(s.where), s.value]))];
}

function readTable(spec: PublishedTableSpec, text: string, file: string): PublishedTable {
  return readPublishedTable(text, file, { valueColumns: spec.valueColumns, requiredColumns: requiredColumnsOf(spec) });
}

function shippedTable(spec: PublishedTableSpec): LoadedPublishedTable {
  const file = `packages/measures/data/dfe/${spec.fileName}`;
  return {
    spec, table: readTable(spec, readFileSync(new URL(spec.fileName, DATA_FOLDER), 'utf8'), file), origin: 'shipped',
    source: `DfE, ${spec.publication}, ${spec.releaseYear} release (${spec.fileName}, shipped with careledger; ${OGL})`,
  };
}

function shippedNeighbours(): LoadedNeighbourGroupings {
  const file = `packages/measures/data/dfe/${NEIGHBOUR_GROUPINGS.fileName}`;
  return {
    groupings: readNeighbourGroupings(readFileSync(new URL(NEIGHBOUR_GROUPINGS.fileName, DATA_FOLDER), 'utf8'), file), origin: 'shipped',
    source: `${NEIGHBOUR_GROUPINGS.publication} (${NEIGHBOUR_GROUPINGS.fileName}, shipped with careledger; ${OGL})`,
  };
}

let shipped: ComparatorTables | undefined;

/** The tables shipped in packages/measures/data/dfe, read once per process. */
export function shippedComparatorTables(): ComparatorTables {
  shipped ??= { tables: new Map(PUBLISHED_TABLES.map((spec) => [spec.id, shippedTable(spec)])), neighbours: shippedNeighbours() };
  return shipped;
}

const KNOWN: readonly string[] = [...PUBLISHED_TABLES.map((t) => t.id), NEIGHBOUR_GROUPINGS.id];

const stem = (fileName: string) => fileName.toLowerCase().replace(/\.csv$/, '');

/**
 * Which table a supplied file is: as said; else by its name (DfE's download name, perhaps with a suffix such as
 * `_2026` or ` (1)`); else by its columns when only one table has them all. Refused, naming the choices, otherwise.
 */
export function identifySuppliedTable(supplied: SuppliedTableFile): string {
  if (supplied.table !== undefined) {
    if (KNOWN.includes(supplied.table)) return supplied.table;
    throw new InvalidInputError('comparators.unknown_table', `${supplied.file}: '${supplied.table}' is not a table careledger compares with; it knows ${KNOWN.join(', ')}`, { file: supplied.file, table: supplied.table, known: KNOWN });
  }
  const name = stem(basename(supplied.file));
  const byName = [...PUBLISHED_TABLES.map((t) => ({ id: t.id as string, stem: stem(t.fileName) })), { id: NEIGHBOUR_GROUPINGS.id, stem: 'new_statistical_neighbour_groupings' }]
    .filter((t) => name === t.stem || (name.startsWith(t.stem) && /^[ _\-.(]/.test(name.slice(t.stem.length))));
  if (byName.length === 1) return byName[0]!.id;
  const header = parseCsv(supplied.text).records.find((r) => r.cells.some((c) => c.trim() !== ''))?.cells.map((c) => c.trim()) ?? [];
  if (header.includes('SN1') && header.includes('SN10')) return NEIGHBOUR_GROUPINGS.id;
  const byColumns = PUBLISHED_TABLES.filter((t) => [...t.filterColumns, ...requiredColumnsOf(t)].every((c) => header.includes(c)));
  if (byColumns.length === 1) return byColumns[0]!.id;
  throw new InvalidInputError(
    'comparators.unidentified_table',
    `${supplied.file}: which published table this is cannot be told from its name or columns${byColumns.length > 1 ? ` (it could be ${byColumns.map((t) => t.id).join(' or ')})` : ''}; name it as one of ${KNOWN.join(', ')}`,
    { file: supplied.file, candidates: byColumns.map((t) => t.id), known: KNOWN },
  );
}

/**
 * The tables to compare with: the shipped ones, each replaced whole by a supplied file of the same table (a newer
 * release revises earlier years too, so the two are never mixed). Two supplied files for one table are refused.
 */
export function comparatorTables(supplied: readonly SuppliedTableFile[] = []): ComparatorTables {
  const base = shippedComparatorTables();
  if (supplied.length === 0) return base;
  const tables = new Map(base.tables);
  let neighbours = base.neighbours;
  const seen = new Map<string, string>();
  for (const file of supplied) {
    const id = identifySuppliedTable(file);
    if (seen.has(id)) {
      throw new InvalidInputError('comparators.table_twice', `${file.file} and ${seen.get(id)} are both ${id}: supply one release of a table`, { files: [seen.get(id), file.file], table: id });
    }
    seen.set(id, file.file);
    if (id === NEIGHBOUR_GROUPINGS.id) {
      neighbours = { groupings: readNeighbourGroupings(file.text, file.file), origin: 'supplied', source: `statistical neighbour groupings from ${file.file} (supplied; replaces the shipped ${NEIGHBOUR_GROUPINGS.fileName})` };
      continue;
    }
    const spec = PUBLISHED_TABLE_BY_ID.get(id)!;
    tables.set(id, {
      spec, table: readTable(spec, file.text, file.file), origin: 'supplied',
      source: `DfE, ${spec.publication}, from ${file.file} (supplied; replaces the shipped ${spec.releaseYear} release)`,
    });
  }
  return { tables, neighbours };
}

/** Reads the files a council names (e.g. a `--published` flag) for comparatorTables. */
export async function readSuppliedTableFiles(paths: readonly string[]): Promise<SuppliedTableFile[]> {
  return Promise.all(paths.map(async (path) => {
    try {
      return { file: path, text: await readFile(path, 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new NotFoundError('comparators.file_not_found', `published table ${path} does not exist`, { file: path });
      throw new InvalidInputError('comparators.file_unreadable', `published table ${path} cannot be read: ${(error as Error).message}`, { file: path }, { cause: error });
    }
  }));
}
