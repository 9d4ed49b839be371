import { Redis, type RedisOptions } from 'ioredis';
import type { RedisOptions as BullRedisOptions } from 'bullmq';
import type { Logger } from '@careledger/runtime';

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
