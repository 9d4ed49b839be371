/**
 * One error vocabulary. Every careledger error is a `CareledgerError` with a machine-readable `kind`, a stable
 * `code` and the context that names the record, field or setting at fault, so a performance analyst can act on it
 * without a stack trace. HTTP status and CLI exit code follow the kind, never the code's spelling.
 */
export interface ErrorContext {
  readonly [key: string]: unknown;
}

/**
 * - `invalid`: the caller's input or configuration is wrong (a bad flag, date, file or event);
 * - `not_found`: what was asked for does not exist (an LA with no events, a run, a table);
 * - `conflict`: the request contradicts what is already recorded (an event id reused with other content);
 * - `busy`: another process holds what is needed (a locked log, an LA whose recompute is running);
 * - `unavailable`: a service careledger depends on cannot be reached (Kafka, Redis) or a file is not ready;
 * - `unauthenticated`: no valid API token came with the request (none, unknown, revoked);
 * - `forbidden`: the token is valid but not for this (a role it lacks, another LA's data);
 * - `too_large`: the request is over a configured size limit (the HTTP body);
 * - `internal`: a defect in careledger; the only kind whose stack is worth printing.
 */
export type ErrorKind = 'invalid' | 'not_found' | 'conflict' | 'busy' | 'unavailable' | 'unauthenticated' | 'forbidden' | 'too_large' | 'internal';

export const ERROR_KINDS: readonly ErrorKind[] = ['invalid', 'not_found', 'conflict', 'busy', 'unavailable', 'unauthenticated', 'forbidden', 'too_large', 'internal'];

export interface CareledgerErrorOptions {
  readonly cause?: unknown;
  readonly kind?: ErrorKind;
}

export class CareledgerError extends Error {
  readonly kind: ErrorKind;

  constructor(
    readonly code: string,
    message: string,
    readonly context: ErrorContext = {},
    options: CareledgerErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = options.kind ?? 'internal';
    this.name = 'CareledgerError';
  }

  /** An expected failure: its message is the whole story, so no stack is printed or logged at error level. */
  get expected(): boolean {
    return this.kind !== 'internal';
  }

  toJSON(): Record<string, unknown> {
    return { kind: this.kind, code: this.code, message: this.message, ...this.context };
  }
}

type KindConstructor = new (code: string, message: string, context?: ErrorContext, options?: { cause?: unknown }) => CareledgerError;

function kindOf(kind: ErrorKind, name: string): KindConstructor {
  const cls = class extends CareledgerError {
    constructor(code: string, message: string, context: ErrorContext = {}, options: { cause?: unknown } = {}) {
      super(code, message, context, { ...options, kind });
      this.name = name;
    }
  };
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

export const InvalidInputError = kindOf('invalid', 'InvalidInputError');
export const NotFoundError = kindOf('not_found', 'NotFoundError');
export const ConflictError = kindOf('conflict', 'ConflictError');
export const BusyError = kindOf('busy', 'BusyError');
export const UnavailableError = kindOf('unavailable', 'UnavailableError');
export const UnauthenticatedError = kindOf('unauthenticated', 'UnauthenticatedError');
export const ForbiddenError = kindOf('forbidden', 'ForbiddenError');
export const TooLargeError = kindOf('too_large', 'TooLargeError');
export const InternalError = kindOf('internal', 'InternalError');

export class ConfigurationError extends CareledgerError {
  constructor(message: string, context: ErrorContext = {}) {
    super('configuration', message, context, { kind: 'invalid' });
    this.name = 'ConfigurationError';
  }
}

/** HTTP status for each kind. */
export const HTTP_STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  not_found: 404,
  conflict: 409,
  busy: 423,
  unavailable: 503,
  unauthenticated: 401,
  forbidden: 403,
  too_large: 413,
  internal: 500,
};

/** CLI exit code for each kind (0 is success, 1 is a usage error reported by the CLI library itself). */
export const EXIT_CODE: Record<ErrorKind, number> = {
  invalid: 2,
  not_found: 3,
  conflict: 4,
  busy: 5,
  unavailable: 6,
  unauthenticated: 7,
  forbidden: 8,
  too_large: 9,
  internal: 70,
};

/** Any thrown value as a CareledgerError: careledger's own pass through; anything else is internal. */
export function asCareledgerError(error: unknown): CareledgerError {
  if (error instanceof CareledgerError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CareledgerError('internal', message, {}, { cause: error, kind: 'internal' });
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
