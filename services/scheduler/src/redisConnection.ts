import { Redis, type RedisOptions } from 'ioredis';
import type { RedisOptions as BullRedisOptions } from 'bullmq';
import { CareledgerError, UnavailableError, type Logger } from '@careledger/runtime';

/**
 * Connection settings per role, following BullMQ's "Going to production" guide:
 * - `worker`: `maxRetriesPerRequest: null`. A worker's blocking commands must wait out a Redis restart rather than
 *   fail after N retries; BullMQ forces this for blocking connections and warns when it is overridden.
 * - `producer`: `enableOfflineQueue: false`, so an HTTP trigger fails fast while Redis is down instead of hanging.
 *   (BullMQ waits for 'ready' before it sends anything, so this only bites during an outage.)
 * - `store`: our own run records and locks. Bounded retries, so a request errors instead of hanging forever,
 *   but the offline queue stays on because we issue commands straight after construction.
 * All share BullMQ's reconnect curve (1 s to 20 s, exponential).
 */
export type RedisRole = 'worker' | 'producer' | 'store';

const retryStrategy = (times: number): number => Math.max(Math.min(Math.exp(times), 20_000), 1_000);

export function redisOptions(role: RedisRole): RedisOptions {
  const base: RedisOptions = { retryStrategy, enableReadyCheck: true, keepAlive: 10_000 };
  switch (role) {
    case 'worker': return { ...base, maxRetriesPerRequest: null };
    case 'producer': return { ...base, enableOfflineQueue: false };
    case 'store': return { ...base, maxRetriesPerRequest: 3 };
  }
}

/** BullMQ connection options (it creates and closes the client itself); `url` is config `redis.url`. */
export function bullConnection(url: string, role: 'worker' | 'producer'): BullRedisOptions {
  // retryStrategy restated: ioredis types it as possibly null, BullMQ's RedisOptions does not allow that.
  return { url, ...redisOptions(role), retryStrategy };
}

/** A plain ioredis client for run records and LA locks. Always attach an error listener: an unhandled 'error' event crashes Node. */
export function createRedisClient(url: string, logger?: Logger): Redis {
  const client = new Redis(url, redisOptions('store'));
  client.on('error', (err) => logger?.warn({ err }, 'redis connection error'));
  return client;
}

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/** True for the ways ioredis and BullMQ report that Redis cannot be reached (as opposed to a command's own error). */
export function isRedisConnectionError(error: unknown): boolean {
  if (error instanceof CareledgerError || !(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  if (code && CONNECTION_ERROR_CODES.has(code)) return true;
  return error.name === 'MaxRetriesPerRequestError' || /Connection is closed|Stream isn't writeable|connect ETIMEDOUT|max retries per request/i.test(error.message);
}

/** The error every Redis outage becomes: it names Redis and the URL, so the fix (start Redis, fix the URL) is obvious. */
export function redisUnavailable(url: string, cause: unknown): CareledgerError {
  const detail = cause instanceof Error ? cause.message || (cause as NodeJS.ErrnoException).code || cause.name : String(cause);
  return new UnavailableError('redis.unavailable', `cannot reach Redis at ${url} (${detail}); start Redis or set redis.url / CARELEDGER_REDIS_URL`, { url }, { cause });
}

/** Runs `work`, turning a Redis connection failure into `redisUnavailable`; other errors pass through. */
export async function withRedis<T>(url: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isRedisConnectionError(error) ? redisUnavailable(url, error) : error;
  }
}

/**
 * One PING on a throwaway connection that neither retries nor queues. The long-lived clients are built to ride out
 * an outage (BullMQ waits for Redis forever), which at start-up means hanging silently; this fails in `timeoutMs`.
 */
export async function assertRedisReachable(url: string, timeoutMs = 2_000): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, retryStrategy: () => null, maxRetriesPerRequest: 0, enableOfflineQueue: false, enableReadyCheck: false });
  let lastError: unknown;
  client.on('error', (err) => { lastError = err; });
  const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref());
  try {
    await Promise.race([client.connect().then(() => client.ping()), timer]);
  } catch (error) {
    throw redisUnavailable(url, lastError ?? error);
  } finally {
    client.disconnect();
  }
}
