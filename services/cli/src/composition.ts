import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectionPath, type CareledgerConfig, type Logger } from '@careledger/runtime';
import { EmbeddedEventLog, type EventLog } from '@careledger/eventlog';
import { ProjectionStore } from '@careledger/projections';
import { parsePopulationCsv, type PopulationEstimate } from '@careledger/measures';
import { FileDeadLetterStore, type DeadLetterStore } from '@careledger/ingest';

/** The composition root: which adapters a command gets, chosen by configuration. */
export async function openEventLog(config: CareledgerConfig, logger: Logger): Promise<EventLog> {
  if (config.eventLog.kind === 'kafka') {
    const { KafkaEventLog } = await import('@careledger/eventlog/kafka');
    const { kafka } = config.eventLog;
    return KafkaEventLog.open({ brokers: kafka.brokers, topic: kafka.topic, partitions: kafka.partitions, replicationFactor: kafka.replicationFactor, clientId: kafka.clientId, logger });
  }
  await mkdir(join(config.dataDir, 'eventlog'), { recursive: true });
  return EmbeddedEventLog.open({ directory: join(config.dataDir, 'eventlog'), logger });
}

export async function openDeadLetters(config: CareledgerConfig): Promise<DeadLetterStore> {
  if (config.eventLog.kind === 'kafka') {
    const { KafkaDeadLetterTopic } = await import('@careledger/eventlog/kafka');
    const topic = await KafkaDeadLetterTopic.open({ brokers: config.eventLog.kafka.brokers, topic: config.eventLog.kafka.deadLetterTopic, clientId: config.eventLog.kafka.clientId });
    return {
      put: async (records, context) => {
        await topic.publish(records.map((r) => ({ key: r.eventId ?? `line-${r.line}`, value: JSON.stringify({ ...r, ...context, refusedAt: new Date().toISOString() }) })));
      },
      close: () => topic.close(),
    };
  }
  return new FileDeadLetterStore(join(config.dataDir, 'dead-letter', 'refused-events.ndjson'));
}

export async function openProjectionStore(config: CareledgerConfig, logger: Logger, options: { readOnly?: boolean } = {}): Promise<ProjectionStore> {
  await mkdir(config.dataDir, { recursive: true });
  return ProjectionStore.open({ path: projectionPath(config), threads: config.duckdb.threads, logger, ...(options.readOnly ? { readOnly: true } : {}) });
}

/** Where the Kafka-mode projectors keep one DuckDB file per partition. */
export function partitionStoreDir(config: CareledgerConfig): string {
  return join(config.dataDir, 'projections');
}

/**
 * The projections the returns read: the single database in embedded mode; in Kafka mode, every partition's
 * database attached read-only and combined (each child lives in exactly one).
 */
export async function openReturnsStore(config: CareledgerConfig, logger: Logger): Promise<ProjectionStore> {
  if (config.eventLog.kind === 'kafka') {
    const { partitionStorePaths } = await import('@careledger/projector');
    return ProjectionStore.openCombined(await partitionStorePaths(partitionStoreDir(config)), logger);
  }
  return openProjectionStore(config, logger);
}

export async function loadPopulation(file: string | undefined): Promise<PopulationEstimate[] | undefined> {
  if (!file) return undefined;
  return parsePopulationCsv(await readFile(file, 'utf8'), file);
}

/**
 * Events in the log that the projections have not folded yet: the log's end offsets minus the projector's stored
 * next offsets, summed over partitions. A return read before `careledger project` would silently miss them.
 */
export async function unprojectedEventCount(config: CareledgerConfig, logger: Logger, store: ProjectionStore): Promise<number> {
  const log = await openEventLog(config, logger);
  let ends: Map<number, number>;
  try {
    ends = await log.endOffsets();
  } finally {
    await log.close();
  }
  const folded = await store.offsets(config.eventLog.kind === 'kafka' ? config.eventLog.kafka.consumerGroup : 'projector');
  let behind = 0;
  for (const [partition, end] of ends) behind += Math.max(0, end - (folded.get(partition) ?? 0));
  return behind;
}
