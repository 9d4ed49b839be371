/**
 * Explicit topic management. The broker runs with `auto.create.topics.enable=false`, and on KRaft auto-created topics
 * give transient "does not host this topic-partition" errors anyway (kafkajs #1563), so topics are created here,
 * waiting for partition leaders.
 */
import type { Admin } from 'kafkajs';
import type { Logger } from '@careledger/runtime';
import { EventLogError } from '@careledger/eventlog';
import { asEventLogError, ConfigResourceTypes, kafkaErrorType } from './kafkaClient';

export const DEFAULT_PARTITIONS = 6;
export const DEFAULT_REPLICATION_FACTOR = 1;
/** Broker default `message.max.bytes` (1 MiB + 12), used if the topic's `max.message.bytes` cannot be read. */
export const DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;

/**
 * Config of a topic this module creates. An event log is the source of truth, so nothing is ever deleted by time or
 * size (Kafka's default would drop records after 7 days). With 3+ replicas, acks=all waits for at least 2 of them.
 */
export function defaultTopicConfig(replicationFactor: number): Record<string, string> {
  return {
    'retention.ms': '-1',
    'retention.bytes': '-1',
    'cleanup.policy': 'delete',
    ...(replicationFactor >= 3 ? { 'min.insync.replicas': '2' } : {}),
  };
}

/**
 * Creates `topic` with the given partitions and replication factor, waiting until every partition has a leader.
 * Resolves true if it was created, false if it already existed (its settings are then left as they are).
 *
 * kafkajs' own `waitForLeaders` retries only LEADER_NOT_AVAILABLE, but a KRaft broker answers "This server does not
 * host this topic-partition" (UNKNOWN_TOPIC_OR_PARTITION) for a moment after creation (kafkajs #1563), which
 * kafkajs then throws. So this waits itself, retrying both.
 */
export async function createKafkaTopic(
  admin: Admin,
  topic: string,
  partitions: number,
  replicationFactor: number,
  config: Readonly<Record<string, string>> = defaultTopicConfig(replicationFactor),
  timeoutMs = 30_000,
): Promise<boolean> {
  const created = await admin.createTopics({
    waitForLeaders: false,
    timeout: timeoutMs,
    topics: [
      {
        topic,
        numPartitions: partitions,
        replicationFactor,
        configEntries: Object.entries(config).map(([name, value]) => ({ name, value })),
      },
    ],
  });
  await waitForLeaders(admin, topic, timeoutMs);
  return created;
}

/** Errors a partition gives while it is being created or its leader moves: retried. */
const TRANSIENT_LEADERSHIP = new Set([
  'UNKNOWN_TOPIC_OR_PARTITION',
  'LEADER_NOT_AVAILABLE',
  'NOT_LEADER_FOR_PARTITION',
  'REPLICA_NOT_AVAILABLE',
  'OFFSET_NOT_AVAILABLE',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
]);

export interface TopicPartitionOffsets {
  readonly partition: number;
  /** High watermark: the offset the next record gets. */
  readonly high: number;
  /** Log start offset: records below it were deleted (retention, deleteRecords). */
  readonly low: number;
}

/**
 * `admin.fetchTopicOffsets`, sorted by partition, retrying leadership errors. kafkajs retries only
 * UNKNOWN_TOPIC_OR_PARTITION there and gives up at once on "This server is not the leader for that topic-partition",
 * which a KRaft broker answers for a moment after creating a topic (and any cluster during a leader move); nor does it
 * refresh its cached metadata then (for 5 minutes), so a retry first forces a refresh (listGroups does one).
 */
export async function fetchTopicOffsets(
  admin: Admin,
  topic: string,
  timeoutMs = 30_000,
): Promise<TopicPartitionOffsets[]> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets
        .map(({ partition, high, low }) => ({ partition, high: Number(high), low: Number(low) }))
        .sort((a, b) => a.partition - b.partition);
    } catch (error) {
      if (!TRANSIENT_LEADERSHIP.has(kafkaErrorType(error) ?? '') || Date.now() >= deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 1_000)));
    if (attempt > 0) await admin.listGroups().catch(() => undefined);
  }
}

/** Resolves once the topic's metadata lists partitions that all have a leader; returns the partition count. */
export async function waitForLeaders(admin: Admin, topic: string, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let last: unknown;
    try {
      const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
      const partitions = metadata.topics.find((t) => t.name === topic)?.partitions ?? [];
      if (partitions.length > 0 && partitions.every((p) => p.partitionErrorCode === 0 && p.leader >= 0)) {
        return partitions.length;
      }
      last = new Error(`partitions without a leader: ${JSON.stringify(partitions)}`);
    } catch (error) {
      if (!TRANSIENT_LEADERSHIP.has(kafkaErrorType(error) ?? '')) throw error;
      last = error;
    }
    if (Date.now() >= deadline) {
      throw asEventLogError(last, 'eventlog.unavailable', `Kafka topic ${topic} has no leaders after ${timeoutMs} ms`, {
        topic,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface TopicSpec {
  readonly topic: string;
  readonly partitions?: number;
  readonly replicationFactor?: number;
  /** Config for a topic created here; default `defaultTopicConfig(replicationFactor)`. */
  readonly topicConfig?: Readonly<Record<string, string>>;
}

export interface TopicInfo {
  readonly created: boolean;
  /** The topic's actual partition count (which may differ from the one asked for, if it already existed). */
  readonly partitions: number;
  /** The topic's effective `max.message.bytes`: the largest record batch (one partition's share of a send). */
  readonly maxMessageBytes: number;
}

export function validateTopicSpec(spec: TopicSpec): { partitions: number; replicationFactor: number } {
  const partitions = spec.partitions ?? DEFAULT_PARTITIONS;
  const replicationFactor = spec.replicationFactor ?? DEFAULT_REPLICATION_FACTOR;
  if (typeof spec.topic !== 'string' || !/^[A-Za-z0-9._-]{1,249}$/.test(spec.topic)) {
    throw new EventLogError('eventlog.invalid_option', `invalid Kafka topic name ${JSON.stringify(spec.topic)}`);
  }
  if (!Number.isSafeInteger(partitions) || partitions < 1) {
    throw new EventLogError('eventlog.invalid_option', `partitions must be a positive integer, got ${partitions}`);
  }
  if (!Number.isSafeInteger(replicationFactor) || replicationFactor < 1) {
    throw new EventLogError(
      'eventlog.invalid_option',
      `replicationFactor must be a positive integer, got ${replicationFactor}`,
    );
  }
  return { partitions, replicationFactor };
}

/**
 * Creates the topic if it is missing; otherwise checks it, warning (not failing) if its partition count differs from
 * the one asked for or if it deletes records by retention. Returns what the rest of the adapter needs to know.
 */
export async function ensureTopic(admin: Admin, spec: TopicSpec, logger: Logger): Promise<TopicInfo> {
  const { partitions, replicationFactor } = validateTopicSpec(spec);
  const { topic } = spec;
  let created: boolean;
  try {
    created = await createKafkaTopic(admin, topic, partitions, replicationFactor, spec.topicConfig);
  } catch (error) {
    throw asEventLogError(error, 'eventlog.unavailable', `cannot create or find Kafka topic ${topic}`, { topic });
  }
  if (created) logger.info({ topic, partitions, replicationFactor }, 'created Kafka topic');

  let actualPartitions: number;
  try {
    actualPartitions = await waitForLeaders(admin, topic);
    await fetchTopicOffsets(admin, topic); // the leaders answer (see fetchTopicOffsets)
  } catch (error) {
    throw asEventLogError(error, 'eventlog.unavailable', `cannot read metadata of Kafka topic ${topic}`, { topic });
  }
  if (actualPartitions !== partitions) {
    logger.warn(
      { topic, expectedPartitions: partitions, actualPartitions },
      `Kafka topic ${topic} has ${actualPartitions} partitions, not ${partitions}; using ${actualPartitions}`,
    );
  }

  const configs = await describeTopicConfig(admin, topic, ['max.message.bytes', 'retention.ms', 'retention.bytes']);
  if (configs === undefined) {
    logger.warn({ topic }, 'could not read the Kafka topic config; assuming the broker default max.message.bytes');
  } else if (!created && (configs.get('retention.ms') !== '-1' || configs.get('retention.bytes') !== '-1')) {
    logger.warn(
      { topic, retentionMs: configs.get('retention.ms'), retentionBytes: configs.get('retention.bytes') },
      `Kafka topic ${topic} deletes records by retention; an event log should keep them (retention.ms=-1)`,
    );
  }
  const maxMessageBytes = Number(configs?.get('max.message.bytes') ?? DEFAULT_MAX_MESSAGE_BYTES);
  const valid = Number.isSafeInteger(maxMessageBytes) && maxMessageBytes > 0;
  return {
    created,
    partitions: actualPartitions,
    maxMessageBytes: valid ? maxMessageBytes : DEFAULT_MAX_MESSAGE_BYTES,
  };
}

async function describeTopicConfig(
  admin: Admin,
  topic: string,
  configNames: string[],
): Promise<Map<string, string> | undefined> {
  try {
    const response = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames }],
    });
    const resource = response.resources.find((r) => r.resourceName === topic);
    if (!resource || resource.errorCode !== 0) return undefined;
    return new Map(resource.configEntries.map((entry) => [entry.configName, entry.configValue]));
  } catch {
    return undefined;
  }
}
