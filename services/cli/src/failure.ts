import { CareledgerError, EXIT_CODE, asCareledgerError } from '@careledger/runtime';
import { inputFileError } from './inputFiles';

/**
 * Every careledger error already carries its kind; the one foreign error that is still the user's to fix is a file
 * named on the command line that is not there (Node's ENOENT and friends).
 */
export function classify(error: unknown): CareledgerError {
  if (error instanceof CareledgerError) return error;
  const errno = error as NodeJS.ErrnoException & { path?: string };
  if (typeof errno?.path === 'string' && ['ENOENT', 'EISDIR', 'EACCES', 'EPERM'].includes(errno.code ?? '')) {
    const mapped = inputFileError(error, errno.path, 'file');
    if (mapped instanceof CareledgerError) return mapped;
  }
  return asCareledgerError(error);
}

/** Prints a failure as the kind asks: one line for an expected failure, the stack only for a defect. Returns the exit code. */
export function reportFailure(error: unknown, write: (text: string) => void): number {
  const failure = classify(error);
  if (failure.expected) write(`careledger: ${failure.message}\n`);
  else write(`careledger: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT_CODE[failure.kind];
}
