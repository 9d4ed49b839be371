import { readFile } from 'node:fs/promises';
import { InvalidInputError } from '@careledger/runtime';
import { TABLES, TABLE_NAMES, decode903Text, fromXml } from '@careledger/ssda903';
import type { ReadIssue, SourceTable, Ssda903Reader } from './port';

/**
 * The DfE's single XML file: every table a CHILD holds (ssda903 fromXml). A child the reader cannot take whole is
 * left out and named; its rows' lines are their position among the file's rows of that table.
 */
export const readXmlFile: Ssda903Reader = async (file, year) => {
  let text: string;
  try {
    text = decode903Text(await readFile(file));
  } catch (error) {
    throw new InvalidInputError('import903.unreadable_file', `cannot read ${file}: ${(error as Error).message}`, { file, reason: (error as NodeJS.ErrnoException).code }, { cause: error });
  }
  const read = fromXml(text, year);
  const tables: Record<string, SourceTable> = {};
  for (const table of TABLE_NAMES) {
    const rows = read.tables[table];
    if (rows.length > 0) tables[TABLES[table].dfeName] = { file, rows: rows.map((cells, i) => ({ line: i + 1, cells: cells as Record<string, string> })) };
  }
  const issues: ReadIssue[] = read.issues.map((issue) => ({ file, line: 0, column: issue.element ?? '(child)', value: issue.child ?? '', reason: issue.child ? `CHILD ${issue.child}: ${issue.reason}` : issue.reason }));
  return { tables, issues };
};
