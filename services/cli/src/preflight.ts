import { existsSync, readdirSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { CareledgerError, NotFoundError, UnavailableError, projectionPath, type CareledgerConfig } from '@careledger/runtime';
import { assertRedisReachable } from '@careledger/scheduler';
import { partitionStoreDir } from './composition';

/**
 * Checks made before a command opens anything. The long-lived clients are built to ride out an outage (kafkajs and
 * BullMQ retry for tens of seconds or forever), which on a newcomer's machine looks like a hang followed by a stack;
 * a short probe at the edge turns "nothing is listening" into one clear line.
 */

function probe(hostPort: string, timeoutMs: number): Promise<string | undefined> {
  const at = hostPort.lastIndexOf(':');
  const host = hostPort.slice(0, at);
  const port = Number(hostPort.slice(at + 1));
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (problem: string | undefined) => { socket.destroy(); resolve(problem); };
    socket.setTimeout(timeoutMs, () => done(`no answer within ${timeoutMs} ms`));
    socket.once('connect', () => done(undefined));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
  });
}

/** At least one broker must accept a connection; kafkajs finds the rest of the cluster from it. */
export async function assertKafkaReachable(brokers: readonly string[], timeoutMs = 3_000): Promise<void> {
  const problems = await Promise.all(brokers.map((broker) => probe(broker, timeoutMs)));
  if (problems.some((problem) => problem === undefined)) return;
  throw kafkaUnavailable(brokers, problems.join(', '));
}

export function kafkaUnavailable(brokers: readonly string[], detail: string, cause?: unknown): CareledgerError {
  return new UnavailableError('kafka.unavailable', `cannot reach Kafka at ${brokers.join(',')} (${detail}); start the broker or set eventLog.kafka.brokers / CARELEDGER_KAFKA_BROKERS`, { brokers }, cause === undefined ? {} : { cause });
}

/** The services a command's configuration needs: Kafka in Kafka mode, Redis when asked. */
export async function assertServices(config: CareledgerConfig, needs: { redis?: boolean; kafka?: boolean } = {}): Promise<void> {
  if ((needs.kafka ?? true) && config.eventLog.kind === 'kafka') await assertKafkaReachable(config.eventLog.kafka.brokers);
  if (needs.redis) await assertRedisReachable(config.redis.url);
}

const nonEmptyDir = (dir: string) => existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).length > 0;

/**
 * A command that reads careledger data must find some where it is pointed: a mistyped --data would otherwise get a
 * fresh empty database and report zeros. Embedded mode: the event log or the projection database; Kafka mode (for
 * what reads the projections): the partition databases.
 */
export function assertCareledgerData(config: CareledgerConfig, reads: 'log' | 'projections'): void {
  const log = join(config.dataDir, 'eventlog');
  if (config.eventLog.kind === 'kafka') {
    if (reads === 'log' || nonEmptyDir(partitionStoreDir(config))) return;
    throw new NotFoundError('cli.data.missing', `no careledger projections in ${config.dataDir} (looked for ${partitionStoreDir(config)}): check --data, or run \`careledger project --eventlog kafka\` first`, { dataDir: config.dataDir });
  }
  if (nonEmptyDir(log) || existsSync(projectionPath(config))) return;
  throw new NotFoundError('cli.data.missing', `no careledger data in ${config.dataDir} (no event log at ${log}): check --data, or run \`careledger ingest FILE --data ${config.dataDir}\` to start one`, { dataDir: config.dataDir });
}
