/**
 * Errors are values with context, so a performance analyst can see which record, field and rule failed
 * without reading a stack trace.
 */
export interface ErrorContext {
  readonly [key: string]: unknown;
}

export class CareledgerError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly context: ErrorContext = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CareledgerError';
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.context };
  }
}

export class ConfigurationError extends CareledgerError {
  constructor(message: string, context: ErrorContext = {}) {
    super('configuration', message, context);
    this.name = 'ConfigurationError';
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
