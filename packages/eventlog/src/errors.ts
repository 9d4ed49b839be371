import { CareledgerError, type ErrorContext, type ErrorKind } from '@careledger/runtime';

/**
 * Every failure of an event log adapter. The kind follows from the code (one table, so two adapters never disagree
 * about what a closed log or a lost broker means to the caller); a call site may still state a kind explicitly.
 */
export const EVENT_LOG_ERROR_KINDS = {
  'eventlog.invalid_option': 'invalid',
  'eventlog.invalid_record': 'invalid',
  'eventlog.key_too_long': 'invalid',
  'eventlog.record_too_large': 'invalid',
  // A checkpoint the log does not hold: the wrong directory or topic for these offsets, or records deleted.
  'eventlog.offset_out_of_range': 'invalid',
  // The file is not a log careledger can read any more (disk damage); the message says how to restore it.
  'eventlog.corrupt': 'invalid',
  'eventlog.locked': 'busy',
  'eventlog.closed': 'unavailable',
  'eventlog.write_failed': 'unavailable',
  'eventlog.unavailable': 'unavailable',
  'eventlog.append_failed': 'unavailable',
  'eventlog.append_timeout': 'unavailable',
  'eventlog.replay_failed': 'unavailable',
  'eventlog.replay_stalled': 'unavailable',
  'eventlog.consume_failed': 'unavailable',
  'eventlog.consume_timeout': 'unavailable',
  // The broker answered something the protocol does not allow: a defect here or there, worth a stack.
  'eventlog.append_unverified': 'internal',
} as const satisfies Record<string, ErrorKind>;

export type EventLogErrorCode = keyof typeof EVENT_LOG_ERROR_KINDS;

export class EventLogError extends CareledgerError {
  constructor(
    code: EventLogErrorCode,
    message: string,
    context: ErrorContext = {},
    options: { cause?: unknown; kind?: ErrorKind } = {},
  ) {
    super(code, message, context, { ...options, kind: options.kind ?? EVENT_LOG_ERROR_KINDS[code] });
    this.name = 'EventLogError';
  }

  declare readonly code: EventLogErrorCode;
}
