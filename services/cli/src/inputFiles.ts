import { readFile, stat } from 'node:fs/promises';
import { InvalidInputError } from '@careledger/runtime';
import { parsePopulationCsv, type PopulationEstimate } from '@careledger/measures';

/** A file the user named: a missing or unreadable one is their input to fix, so it is `invalid` and names the file. */
export async function readInputFile(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw inputFileError(error, file, what);
  }
}

export function inputFileError(error: unknown, file: string, what: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InvalidInputError('cli.file.missing', `${what} ${file} does not exist`, { file }, { cause: error });
  if (code === 'EISDIR') return new InvalidInputError('cli.file.directory', `${what} ${file} is a folder, not a file`, { file }, { cause: error });
  if (code === 'EACCES' || code === 'EPERM') return new InvalidInputError('cli.file.unreadable', `${what} ${file} cannot be read (permission denied)`, { file }, { cause: error });
  return error as Error;
}

/** Checks a named file before any work starts, so a typo fails before a log or database is opened. */
export async function assertInputFile(file: string, what: string): Promise<void> {
  try {
    if ((await stat(file)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    throw inputFileError(error, file, what);
  }
}

export async function assertInputFolder(dir: string, what: string): Promise<void> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new InvalidInputError('cli.folder.not_a_folder', `${what} ${dir} is a file, not a folder`, { dir });
  } catch (error) {
    throw inputFileError(error, dir, what);
  }
}

export async function loadPopulationFile(file: string | undefined): Promise<PopulationEstimate[] | undefined> {
  if (!file) return undefined;
  return parsePopulationCsv(await readInputFile(file, 'population file'), file);
}
