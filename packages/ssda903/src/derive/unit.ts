import { readFileSync } from 'node:fs';
import { splitSql } from './sqlText';

/**
 * One derived projection, or one shared intermediate step of the derivation (emmett's projection definition:
 * what it handles, its schema, how it evolves). Its SQL is one `.sql` file beside this module, named after it:
 * - `CREATE TABLE <name> (...)` statements are its DDL: a table kept in the projection database;
 * - every other statement is its derivation, run in order for the children in `dirty_children`, inside the
 *   store's transaction. Intermediate steps create TEMP tables or views and have no DDL.
 *
 * What the derivation may read: the store's `events` and `dirty_children`, the typed fact views (`fact_<type>`,
 * over the effective facts), and the tables or temp tables of the units it depends on.
 */
export interface DeriveUnit {
  readonly name: string;
  readonly ddl: readonly string[];
  readonly derive: readonly string[];
  /** Units (or the store's provided steps, such as 'fact_views') that must run before this one. */
  readonly dependsOn: readonly string[];
  /** The fact types whose events change its rows. */
  readonly handles: readonly string[];
}

const DDL = /^CREATE\s+TABLE\s/i;

/** Reads `<name>.sql` beside the registry and splits it into the unit's DDL and derive statements. */
export function deriveUnit(name: string, options: { dependsOn: readonly string[]; handles: readonly string[] }): DeriveUnit {
  const statements = splitSql(readFileSync(new URL(`./${name}.sql`, import.meta.url), 'utf8'));
  return {
    name,
    ddl: statements.filter((s) => DDL.test(s)),
    derive: statements.filter((s) => !DDL.test(s)),
    dependsOn: options.dependsOn,
    handles: options.handles,
  };
}

/** The name of the table a DDL statement creates. */
export function createdTable(ddl: string): string | undefined {
  return /^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([A-Za-z_][A-Za-z0-9_]*)"?/i.exec(ddl)?.[1];
}
