import { CareledgerError, EXIT_CODE, asCareledgerError } from '@careledger/runtime';
import { inputFileError } from './inputFiles';

/**
 * Errors from libraries that are still the user's to fix, given their kind: a file named on the command line that
 * is not there, and an event log's own errors (which carry a code but, until the log package joins the one error
 * root, no kind).
 */
export function classify(error: unknown): CareledgerError {
  if (error instanceof CareledgerError) return error;
  const errno = error as NodeJS.ErrnoException & { path?: string };
  if (typeof errno?.path === 'string' && ['ENOENT', 'EISDIR', 'EACCES', 'EPERM'].includes(errno.code ?? '')) {
    const mapped = inputFileError(error, errno.path, 'file');
    if (mapped instanceof CareledgerError) return mapped;
  }
  const coded = error as { code?: unknown; message?: unknown; context?: unknown };
  if (error instanceof Error && typeof coded.code === 'string' && coded.code.startsWith('eventlog.')) {
    const kind = coded.code.endsWith('.unavailable') ? 'unavailable' : coded.code.endsWith('.locked') || coded.code.endsWith('.busy') ? 'busy' : coded.code.includes('invalid') ? 'invalid' : 'internal';
    return new CareledgerError(coded.code, error.message, (coded.context ?? {}) as Record<string, unknown>, { cause: error, kind });
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
