import type { CollectionYear } from '@careledger/ssda903';

/** One row of a 903 table as the return states it: cells keyed by the DfE column names, dates 'YYYY-MM-DD', '' blank. */
export interface SourceRow {
  /** Where the row is, for reports: the CSV line (the header is line 1), or the record's position in an XML file. */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** One table of the return: the file it came from and its rows, in file order. */
export interface SourceTable {
  readonly file: string;
  readonly rows: readonly SourceRow[];
}

/** Something the reader could not take from the input (a bad date, a missing column): it names where and why. */
export interface ReadIssue {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
}

/** A year's 903 as read: the tables present, keyed by their DfE name (Header, Episodes, ...), and what could not be read. */
export interface Ssda903Input {
  readonly tables: Readonly<Partial<Record<string, SourceTable>>>;
  readonly issues: readonly ReadIssue[];
}

/**
 * The port the import reads a return through: a folder of CSVs today (./csvFolder.ts), an XML file when the XML reader
 * lands. A reader never throws for a bad row: it leaves the row out and names it in `issues`.
 */
export type Ssda903Reader = (path: string, year: CollectionYear) => Promise<Ssda903Input>;
