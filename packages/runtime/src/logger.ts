import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs (pino). Fields that identify work: `laCode`, `childId`, `eventId`, `offset`.
 * CARELEDGER_LOG_LEVEL sets the level; the CLI defaults to 'warn' so its human output stays readable.
 */
export function createLogger(component: string, level?: string): Logger {
  return pino({
    name: component,
    level: level ?? process.env.CARELEDGER_LOG_LEVEL ?? 'warn',
    base: { component },
  }, pino.destination({ fd: 2, sync: true }));
}

export const silentLogger: Logger = pino({ level: 'silent' });
