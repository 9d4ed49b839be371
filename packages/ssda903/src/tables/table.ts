import type { CollectionYear } from '../collectionYear';
import type { Column } from './column';

export type Columns = Readonly<Record<string, Column>>;

/**
 * One version of a table in the DfE schema, applying from the collection year ending `fromYear` until the next
 * version. `codes` lists the categories of the columns whose code list changed in that version's schema diff.
 */
export interface SchemaVersion<Name extends string> {
  readonly fromYear: number;
  readonly source: string;
  readonly columns: readonly Name[];
  readonly codes?: Partial<Record<Name, readonly string[]>>;
}

export interface Ssda903Table<C extends Columns = Columns> {
  /** The table's name in the DfE schema (Header, Episodes, ...). */
  readonly dfeName: string;
  readonly fileName: string;
  /** What one row is, plural, for summaries ("episodes", "missing episodes"). */
  readonly rowsAre: string;
  /** Can a 903 folder be read without this file? (A return may have no reviews or missing episodes.) */
  readonly requiredInFolder: boolean;
  /**
   * The first collection year (by its end year) whose return has this table; absent for a table as old as
   * careledger's years. A year before it has no such table: nothing is selected, no file is written.
   */
  readonly fromYear?: number;
  readonly columns: C;
  /** Ascending by `fromYear`; the first also applies to every earlier year. */
  readonly schemas: readonly [SchemaVersion<keyof C & string>, ...SchemaVersion<keyof C & string>[]];
}

/** Any table, whatever its columns (what the registry holds). */
export interface AnyTable {
  readonly dfeName: string;
  readonly fileName: string;
  readonly rowsAre: string;
  readonly requiredInFolder: boolean;
  readonly fromYear?: number;
  readonly columns: Columns;
  readonly schemas: readonly SchemaVersion<string>[];
}

/** A row inside careledger: every column of the table, dates as calendar dates, '' for a blank cell. */
export type RowOf<T extends { readonly columns: Columns }> = { readonly [K in keyof T['columns']]: string };

export function defineTable<const C extends Columns>(table: Ssda903Table<C>): Ssda903Table<C> {
  return table;
}

/** The schema version that `year`'s return follows. */
export function schemaFor(table: AnyTable, year: CollectionYear): SchemaVersion<string> {
  let chosen = table.schemas[0]!;
  for (const version of table.schemas) if (version.fromYear <= year.endYear) chosen = version;
  return chosen;
}
