/**
 * Shared kafkajs plumbing: the client (its logs routed to pino), error wrapping.
 *
 * kafkajs is CommonJS and its `module.exports = { ..., ...errors }` defeats Node's named-export detection for some
 * names (ConfigResourceTypes, the error classes), so values come from the default import, which works everywhere.
 */
import kafkajs from 'kafkajs';
import type { Kafka as KafkaClient, logCreator, LogEntry } from 'kafkajs';
import type { Logger } from '@careledger/runtime';
import { EventLogError, type EventLogErrorCode } from '@careledger/eventlog';

export const { Kafka, Partitioners, logLevel: KafkaLogLevel, ConfigResourceTypes } = kafkajs;

export type KafkaLogLevelName = 'nothing' | 'error' | 'warn' | 'info' | 'debug';

export interface KafkaConnectionOptions {
  readonly brokers: readonly string[];
  /** Prefix of the client id and of throwaway replay consumer groups. Default 'careledger'. */
  readonly clientId?: string;
  readonly logger?: Logger;
  /** Lowest kafkajs level passed on to `logger` (which filters further). Default 'warn'; kafkajs is chatty at info. */
  readonly kafkaLogLevel?: KafkaLogLevelName;
}

export const DEFAULT_CLIENT_ID = 'careledger';

const levelByName = {
  nothing: KafkaLogLevel.NOTHING,
  error: KafkaLogLevel.ERROR,
  warn: KafkaLogLevel.WARN,
  info: KafkaLogLevel.INFO,
  debug: KafkaLogLevel.DEBUG,
} as const;

/**
 * Routes kafkajs log lines to a pino logger, keeping kafkajs' extra fields (groupId, stack, …) as structured data.
 * kafkajs logs every error *response* at ERROR in its Connection namespace, even retriable ones it then retries
 * (e.g. "The coordinator is loading" on a fresh broker); those go to info. A failure that outlasts the retries still
 * surfaces as an EventLogError from the call.
 */
export function pinoLogCreator(logger: Logger): logCreator {
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, timestamp: _timestamp, ...extra } = log;
      const fields = { kafkajs: namespace, ...extra };
      const retriedResponse = namespace === 'Connection' && message.startsWith('Response ');
      if (retriedResponse) logger.info(fields, message);
      else if (level === KafkaLogLevel.ERROR) logger.error(fields, message);
      else if (level === KafkaLogLevel.WARN) logger.warn(fields, message);
      else if (level === KafkaLogLevel.INFO) logger.info(fields, message);
      else logger.debug(fields, message);
    };
}

export function createKafkaClient(options: KafkaConnectionOptions, logger: Logger): KafkaClient {
  if (!Array.isArray(options.brokers) || options.brokers.length === 0) {
    throw new EventLogError('eventlog.invalid_option', 'brokers must be a non-empty array of host:port strings');
  }
  return new Kafka({
    clientId: options.clientId ?? DEFAULT_CLIENT_ID,
    brokers: [...options.brokers],
    logLevel: levelByName[options.kafkaLogLevel ?? 'warn'],
    logCreator: pinoLogCreator(logger),
  });
}

/** An EventLogError as is; anything else (a kafkajs error) wrapped, keeping it as `cause`. */
export function asEventLogError(
  error: unknown,
  code: EventLogErrorCode,
  message: string,
  context: Record<string, unknown> = {},
): EventLogError {
  if (error instanceof EventLogError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new EventLogError(code, `${message}: ${detail}`, context, { cause: error });
}

/** The kafkajs protocol error type ('GROUP_ID_NOT_FOUND', …) of an error or of its cause, if any. */
export function kafkaErrorType(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    const type = (e as { type?: unknown }).type;
    if (typeof type === 'string') return type;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** kafkajs errors that mean no broker answered at all (as opposed to a broker refusing the request). */
const CONNECTION_ERRORS = new Set(['KafkaJSConnectionError', 'KafkaJSConnectionClosedError', 'KafkaJSBrokerNotFound', 'KafkaJSRequestTimeoutError']);

function isConnectionFailure(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    if (CONNECTION_ERRORS.has(e.name)) return true;
    e = (e as { cause?: unknown; originalError?: unknown }).cause ?? (e as { originalError?: unknown }).originalError;
  }
  return false;
}

/**
 * A failure to connect, said in the operator's terms: "Kafka at <brokers> cannot be reached", kind unavailable.
 * Anything else is wrapped as `asEventLogError` would.
 */
export function asConnectError(
  error: unknown,
  brokers: readonly string[],
  message: string,
  context: Record<string, unknown> = {},
): EventLogError {
  if (error instanceof EventLogError) return error;
  if (isConnectionFailure(error)) {
    const detail = error instanceof Error ? error.message : String(error);
    return new EventLogError(
      'eventlog.unavailable',
      `Kafka at ${brokers.join(',')} cannot be reached (${detail}); is the broker running, and are CARELEDGER_KAFKA_BROKERS right?`,
      { ...context, brokers: [...brokers] },
      { cause: error },
    );
  }
  return asEventLogError(error, 'eventlog.unavailable', message, { ...context, brokers: [...brokers] });
}
