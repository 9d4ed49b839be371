import type { CalendarDate } from '@careledger/runtime';
import type { FactEventType } from '@careledger/events';
import type { CollectionYear } from '@careledger/ssda903';
import type { SourceRow, SourceTable, Ssda903Input } from '../input/port';

/** A fact as a return states it: the event's type, date and payload, without an envelope. */
export interface FactDraft {
  readonly type: FactEventType;
  readonly occurredAt: CalendarDate;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** Where a fact or a refusal comes from. */
export interface RowOrigin {
  readonly table: string;
  readonly file: string;
  readonly line: number;
}

/**
 * One fact a return states about a child, under its natural key (unique per child and kind of fact, e.g.
 * 'episode:2024-01-10'): the key, not the year, names the fact, so two returns repeating it state one fact.
 */
export interface FactCandidate {
  readonly childId: string;
  readonly key: string;
  /**
   * The fact, or null: the return states there is none under this key (an episode that did not change the legal
   * status), or, with `openAtYearEnd`, that it had not happened by 31 March (an episode still open).
   */
  readonly fact: FactDraft | null;
  readonly openAtYearEnd?: boolean;
  readonly origin: RowOrigin;
  /** The 903 column each payload field comes from, to name the column when the event is refused. */
  readonly columns: Readonly<Record<string, string>>;
  /** Used instead when nothing is recorded under `key` (an episode carried in from an earlier year not imported). */
  readonly whenAbsent?: FactCandidate;
  /** Keys of facts this one makes wrong when it is recorded (the start inferred for a carried-in episode). */
  readonly supersedes?: readonly string[];
}

/** A row that cannot become events, with the column at fault and why. */
export interface RowRefusal {
  readonly file: string;
  readonly line: number;
  readonly childId?: string;
  readonly column: string;
  readonly value?: string;
  readonly reason: string;
  /** The row's cells, kept whole in the dead-letter store. */
  readonly cells?: Readonly<Record<string, string>>;
}

export interface ConversionContext {
  readonly laCode: string;
  readonly year: CollectionYear;
  /** The whole return, for tables that need another's rows (Header reads UASC; PrevPerm dates by Episodes). */
  readonly input: Ssda903Input;
  /** The children of the return's Header (undefined when the input has no Header table: every child is accepted). */
  readonly headerChildren: ReadonlySet<string> | undefined;
}

export interface TableConversion {
  readonly candidates: readonly FactCandidate[];
  readonly refusals: readonly RowRefusal[];
}

/**
 * How one 903 table's rows become case events: one module per table, keyed by the table's DfE name in the registry.
 * `convert` is pure: the same rows always give the same candidates.
 */
export interface TableImport {
  readonly dfeName: string;
  /** The columns the module reads, as the DfE names them. */
  readonly columns: readonly string[];
  convert(rows: readonly SourceRow[], file: string, context: ConversionContext): TableConversion;
}

/** A TableImport from a per-row conversion, with the checks every table shares (CHILD present, in the Header). */
export function rowByRow(
  dfeName: string,
  columns: readonly string[],
  convertRow: (row: SourceRow, origin: RowOrigin, context: ConversionContext) => FactCandidate[] | RowRefusal,
): TableImport {
  return {
    dfeName,
    columns,
    convert(rows, file, context) {
      const candidates: FactCandidate[] = [];
      const refusals: RowRefusal[] = [];
      for (const row of rows) {
        const origin = { table: dfeName, file, line: row.line };
        const refusal = childRefusal(row, origin, context) ?? convertRow(row, origin, context);
        if (Array.isArray(refusal)) candidates.push(...refusal);
        else refusals.push(refusal);
      }
      return { candidates, refusals };
    },
  };
}

const byChild = new WeakMap<readonly SourceRow[], ReadonlyMap<string, readonly SourceRow[]>>();

/**
 * A table's rows by their CHILD, in file order, for a table that reads another's rows child by child (Header reads
 * UASC, PrevPerm reads Episodes): built once per table of the input, so the lookup costs the same for every row.
 */
export function rowsOfChild(table: SourceTable | undefined, childId: string): readonly SourceRow[] {
  if (!table) return [];
  let index = byChild.get(table.rows);
  if (!index) {
    const rows = new Map<string, SourceRow[]>();
    for (const row of table.rows) {
      const child = row.cells.CHILD ?? '';
      const list = rows.get(child);
      if (list) list.push(row);
      else rows.set(child, [row]);
    }
    index = rows;
    byChild.set(table.rows, index);
  }
  return index.get(childId) ?? [];
}

/** A row naming no child, or a child the return's Header does not have, cannot be imported. */
export function childRefusal(row: SourceRow, origin: RowOrigin, context: ConversionContext): RowRefusal | undefined {
  const childId = row.cells.CHILD ?? '';
  if (childId === '') return refuse(row, origin, 'CHILD', 'blank: every row names its child');
  if (context.headerChildren && !context.headerChildren.has(childId) && origin.table !== 'Header') {
    return refuse(row, origin, 'CHILD', `child ${childId} is not in the return's Header`);
  }
  return undefined;
}

export function refuse(row: SourceRow, origin: RowOrigin, column: string, reason: string): RowRefusal {
  const childId = row.cells.CHILD;
  return {
    file: origin.file, line: origin.line, column, value: row.cells[column] ?? '', reason, cells: row.cells,
    ...(childId ? { childId } : {}),
  };
}

/** The first of `columns` that is blank in the row, if any. */
export function firstBlank(row: SourceRow, columns: readonly string[]): string | undefined {
  return columns.find((c) => (row.cells[c] ?? '') === '');
}

/** A payload with the optional fields whose cells are blank left out. */
export function withOptional(fields: Record<string, unknown>): Record<string, unknown> {
  const stated: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value !== undefined && value !== '') stated[key] = value;
  }
  return stated;
}

/** A 903 0/1 flag: true, false, undefined when blank, or 'invalid'. */
export function flag(value: string | undefined): boolean | undefined | 'invalid' {
  if (value === undefined || value === '') return undefined;
  if (value === '1') return true;
  if (value === '0') return false;
  return 'invalid';
}
