import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidInputError } from '@careledger/runtime';
import type { CollectionYear } from '../collectionYear';
import { decode903Text } from './encoding';
import { TABLES, TABLE_NAMES, tablesInYear, type Ssda903Tables } from '../tables';
import { formatSsda903Files, read903Files, type ReadingOptions, type Ssda903File, type Ssda903Reading } from './folder';

// The only file-system code of the 903: everything it reads or writes goes through the pure functions in folder.ts.

/**
 * Reads a folder of 903 CSVs as any case system exports them for `year` (file names in any case, tables told by
 * their columns too), so a team can check a return it did not produce. Every `.csv` file in the folder is offered to
 * the reader; what it says of them, rows and issues, is read903Files's (folder.ts).
 */
export async function read903Folder(dir: string, year: CollectionYear, options: ReadingOptions = {}): Promise<Ssda903Reading> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries.filter((e) => e.isFile() && /\.csv$/i.test(e.name)).map((e) => e.name).sort();
  } catch (error) {
    throw new InvalidInputError('ssda903.unreadable_folder', `cannot read the 903 folder ${dir}: ${(error as Error).message}`, { dir, reason: (error as NodeJS.ErrnoException).code }, { cause: error });
  }
  const files: Ssda903File[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      files.push({ name: file, text: decode903Text(await readFile(file)) });
    } catch (error) {
      throw new InvalidInputError('ssda903.unreadable_file', `cannot read ${file}: ${(error as Error).message}`, { file, reason: (error as NodeJS.ErrnoException).code }, { cause: error });
    }
  }
  return read903Files(files, year, options);
}

/** Writes every table of `year`'s return as `<dir>/<file>.csv`, creating `dir` (a table the year lacks has no file). */
export async function write903Folder(dir: string, tables: Ssda903Tables, year: CollectionYear): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files = formatSsda903Files(tables, year);
  for (const table of tablesInYear(year)) await writeFile(join(dir, TABLES[table].fileName), files[table]);
}
