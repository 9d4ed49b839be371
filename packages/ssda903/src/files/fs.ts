import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidInputError } from '@careledger/runtime';
import type { CollectionYear } from '../collectionYear';
import { TABLES, TABLE_NAMES, type Ssda903Tables, type TableName } from '../tables';
import { formatSsda903Files, missingRequiredFiles, parseSsda903Files, type FolderTexts } from './folder';

// The only file-system code of the 903: everything it reads or writes goes through the pure functions in folder.ts.

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new InvalidInputError('ssda903.unreadable_file', `cannot read ${file}: ${(error as Error).message}`, { file, reason: code }, { cause: error });
  }
}

/**
 * Reads a folder of 903 CSVs (header.csv and episodes.csv; the others optional), as any case system exports them
 * for `year`, so a team can check a return it did not produce.
 */
export async function read903Folder(dir: string, year: CollectionYear): Promise<Ssda903Tables> {
  const texts: { [T in TableName]?: string } = {};
  for (const table of TABLE_NAMES) {
    const text = await readIfPresent(join(dir, TABLES[table].fileName));
    if (text !== undefined) texts[table] = text;
  }
  const missing = missingRequiredFiles(texts as FolderTexts);
  if (missing.length > 0) {
    const names = missing.map((t) => TABLES[t].fileName);
    throw new InvalidInputError('ssda903.missing_file', `${join(dir, names[0]!)} is missing: a 903 folder needs ${names.join(' and ')}`, { dir, files: names });
  }
  return parseSsda903Files(texts, year, (t) => join(dir, TABLES[t].fileName));
}

/** Writes every table of `year`'s return as `<dir>/<file>.csv`, creating `dir`. */
export async function write903Folder(dir: string, tables: Ssda903Tables, year: CollectionYear): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files = formatSsda903Files(tables, year);
  for (const table of TABLE_NAMES) await writeFile(join(dir, TABLES[table].fileName), files[table]);
}
