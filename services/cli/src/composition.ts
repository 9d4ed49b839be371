import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import type { DataQuality } from '@careledger/report';
import { join } from 'node:path';
import { projectionPath, pseudonymKey, todayInLondon, type CareledgerConfig, type HttpGuard, type Logger } from '@careledger/runtime';
import { publishAnalystData } from '@careledger/analyst';
import type { EventLog } from '@careledger/eventlog';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { OneStoreForAllPartitions, Projector, StorePerPartition, partitionStorePaths, type ProjectionStores } from '@careledger/projector';
import { ProjectionStore, type ChildRef } from '@careledger/projections';
import { checkChildren, type ReferenceFiles } from '@careledger/validation903';
import { comparatorTables, MEASURES, parsePopulationCsv, readSuppliedTableFiles, readTargetsFile, type PopulationEstimate } from '@careledger/measures';
import type { FigurePresentation } from '@careledger/returns';
import { FileDeadLetterStore, type DeadLetterStore } from '@careledger/ingest';
import { AuditLog, TokenStore, accessGuard } from '@careledger/access';
import { pseudonymKeyPath } from './measureFlags';

/**
 * The composition root: which adapters a command gets (event log, dead letters, projection stores, the returns'
 * store), chosen here by `config.eventLog.kind` and nowhere else. The Kafka adapter, and kafkajs with it, is only
 * loaded in Kafka mode.
 */
export async function openEventLog(config: CareledgerConfig, logger: Logger): Promise<EventLog> {
  if (config.eventLog.kind === 'kafka') {
    const { KafkaEventLog } = await import('@careledger/eventlog-kafka');
    const { kafka } = config.eventLog;
    return KafkaEventLog.open({ brokers: kafka.brokers, topic: kafka.topic, partitions: kafka.partitions, replicationFactor: kafka.replicationFactor, clientId: kafka.clientId, logger });
  }
  await mkdir(join(config.dataDir, 'eventlog'), { recursive: true });
  return EmbeddedEventLog.open({ directory: join(config.dataDir, 'eventlog'), logger });
}

/** Where embedded mode keeps the events ingest refused. */
const deadLetterPath = (config: CareledgerConfig) => join(config.dataDir, 'dead-letter', 'refused-events.ndjson');

export async function openDeadLetters(config: CareledgerConfig): Promise<DeadLetterStore> {
  if (config.eventLog.kind === 'kafka') {
    const { KafkaDeadLetterTopic } = await import('@careledger/eventlog-kafka');
    const topic = await KafkaDeadLetterTopic.open({ brokers: config.eventLog.kafka.brokers, topic: config.eventLog.kafka.deadLetterTopic, clientId: config.eventLog.kafka.clientId });
    return {
      put: async (records, context) => {
        await topic.publish(records.map((r) => ({ key: r.eventId ?? `line-${r.line}`, value: JSON.stringify({ ...r, ...context, refusedAt: new Date().toISOString() }) })));
      },
      close: () => topic.close(),
    };
  }
  return new FileDeadLetterStore(deadLetterPath(config));
}

/** The single projection database of embedded mode (`<data>/projections.duckdb`, or `duckdb.path`). */
export async function openProjectionStore(config: CareledgerConfig, logger: Logger, options: { readOnly?: boolean } = {}): Promise<ProjectionStore> {
  await mkdir(config.dataDir, { recursive: true });
  return ProjectionStore.open({ path: projectionPath(config), threads: config.duckdb.threads, logger, ...(options.readOnly ? { readOnly: true } : {}) });
}

/**
 * The ingest index (event ids, content hashes, what chronology needs per child, and the log offsets it has read), a
 * projection of the log kept by ingest itself. One per topic in Kafka mode, since each topic is its own history.
 */
export function ingestIndexPath(config: CareledgerConfig): string {
  if (config.eventLog.kind === 'kafka') return join(config.dataDir, `ingest-index-${config.eventLog.kafka.topic}.duckdb`);
  return join(config.dataDir, 'ingest-index.duckdb');
}

/** Where the Kafka-mode projectors keep one DuckDB file per partition. */
export function partitionStoreDir(config: CareledgerConfig): string {
  return join(config.dataDir, 'projections');
}

/**
 * Where the projector folds each partition: one database for the embedded log's single partition; one database per
 * partition in Kafka mode, so every consumer-group member writes only the files of the partitions it owns.
 */
export async function openProjectionStores(config: CareledgerConfig, logger: Logger): Promise<ProjectionStores> {
  if (config.eventLog.kind === 'kafka') return new StorePerPartition({ directory: partitionStoreDir(config), logger });
  return new OneStoreForAllPartitions(await openProjectionStore(config, logger), { owned: true });
}

/**
 * The projector of the configured mode: its consumer group, whether the log is trusted (ingest is its only writer),
 * and the continuous DfE validation of the children each derive touches.
 */
export function projectorOptions(config: CareledgerConfig, log: EventLog, logger?: Logger): {
  consumer: string; trustLog: boolean; checkDerived: (store: ProjectionStore, children: readonly ChildRef[]) => Promise<void>;
  publish: (store: ProjectionStore, storeTag: string) => Promise<void>;
} {
  const checkDerived = continuousValidation(config, logger);
  const publish = analystPublication(config, logger);
  if (config.eventLog.kind === 'kafka') return { consumer: config.eventLog.kafka.consumerGroup, trustLog: false, checkDerived, publish };
  return { consumer: 'projector', trustLog: log.kind === 'embedded', checkDerived, publish };
}

/** Where the analyst views are published for `careledger sql` and POST /sql to read (packages/analyst). */
export const analystDir = (config: CareledgerConfig): string => join(config.dataDir, 'analyst');

/** After a catch-up: each LA whose projections changed is published again for analysts, plain and pseudonymised. */
function analystPublication(config: CareledgerConfig, logger: Logger | undefined) {
  return async (store: ProjectionStore, storeTag: string): Promise<void> => {
    const started = performance.now();
    const report = await publishAnalystData(store.connection, { dir: analystDir(config), pseudonymKey: await pseudonymKey(pseudonymKeyPath(config)), storeTag });
    if (report.published.length > 0) logger?.info({ storeTag, published: report.published, ms: Math.round(performance.now() - started) }, 'analyst views published');
  };
}

/** The reference files the DfE rules read: the validation section, and the measures' postcode directory. */
export function validationReferenceFiles(config: CareledgerConfig, flags: { providers?: string; postcodes?: string } = {}): ReferenceFiles {
  const providers = flags.providers ?? config.validation.providersFile;
  const postcodes = flags.postcodes ?? config.measures.postcodeLookupFile;
  const localAuthorities = config.validation.localAuthoritiesFile;
  return { ...(providers ? { providers } : {}), ...(postcodes ? { postcodes } : {}), ...(localAuthorities ? { localAuthorities } : {}) };
}

/** After a catch-up: each LA's children derived since their last check, checked against the DfE rules and recorded in validation_issues. */
export function continuousValidation(config: CareledgerConfig, logger?: Logger) {
  return async (store: ProjectionStore, children: readonly ChildRef[]): Promise<void> => {
    const byLa = new Map<string, string[]>();
    for (const child of children) byLa.set(child.laCode, [...(byLa.get(child.laCode) ?? []), child.childId]);
    for (const [laCode, ids] of byLa) {
      const started = performance.now();
      const check = await checkChildren(store, { laCode, children: ids, today: todayInLondon(), reference: validationReferenceFiles(config) });
      if (!check) {
        await store.dropPendingValidation(ids.map((childId) => ({ laCode, childId })));
        continue;
      }
      await store.recordValidationIssues({ laCode, collectionYear: check.collectionYear, children: ids, found: check.found, at: new Date().toISOString() });
      logger?.info({ laCode, children: ids.length, issues: check.found.length, ms: Math.round(performance.now() - started) }, 'children validated');
    }
  };
}

/**
 * The projections the returns read: the single database in embedded mode; in Kafka mode, every partition's
 * database attached read-only and combined (each child lives in exactly one).
 */
export async function openReturnsStore(config: CareledgerConfig, logger: Logger): Promise<ProjectionStore> {
  if (config.eventLog.kind === 'kafka') {
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

/** How a long-running process (serve) reads up-to-date projections for each request. */
export interface ReturnsReader {
  withStore<T>(work: (store: ProjectionStore) => Promise<T>): Promise<T>;
  close(): void;
}

/**
 * Embedded: this process owns the DuckDB file, so it folds what was ingested before answering, one request at a time.
 * Kafka: the projector group owns the partition databases; each request attaches them read-only as they stand.
 */
export async function openReturnsReader(config: CareledgerConfig, log: EventLog, logger: Logger, refused: DeadLetterStore): Promise<ReturnsReader> {
  if (config.eventLog.kind === 'kafka') {
    return {
      withStore: async (work) => {
        const combined = await openReturnsStore(config, logger);
        try {
          return await work(combined);
        } finally {
          combined.close();
        }
      },
      close: () => undefined,
    };
  }
  const store = await openProjectionStore(config, logger);
  const projector = new Projector(log, store, { logger, refused, ...projectorOptions(config, log, logger) });
  let serial: Promise<unknown> = Promise.resolve();
  return {
    withStore: <T>(work: (s: ProjectionStore) => Promise<T>): Promise<T> => {
      const run = serial.then(async () => { await projector.catchUp(); return work(store); });
      serial = run.catch(() => undefined);
      return run;
    },
    close: () => store.close(),
  };
}

/** Removes the configured topics and consumer group from the broker (the Kafka demo's own, at its end). */
export async function removeKafkaTopics(config: CareledgerConfig, logger: Logger): Promise<void> {
  const { kafka } = config.eventLog;
  const { createKafkaClient } = await import('@careledger/eventlog-kafka');
  const admin = createKafkaClient({ brokers: kafka.brokers, clientId: kafka.clientId, logger }, logger).admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const topics = [kafka.topic, kafka.deadLetterTopic].filter((topic) => existing.has(topic));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 15_000 });
    await admin.deleteGroups([kafka.consumerGroup]).catch(() => undefined);
  } catch (err) {
    logger.warn({ err, topic: kafka.topic }, 'could not remove the demo topics');
  } finally {
    await admin.disconnect();
  }
}

/**
 * How the measure catalogue is compared and shown, from the configuration (and flags over it): the council's targets
 * file, newer DfE tables over the shipped ones, and small-number suppression (on unless turned off).
 */
export async function loadFigurePresentation(
  config: CareledgerConfig,
  overrides: { targetsFile?: string; publishedFiles?: readonly string[]; suppress?: boolean; postcodeLookupFile?: string; ofstedJudgementsFile?: string } = {},
): Promise<FigurePresentation> {
  const targetsFile = overrides.targetsFile ?? config.measures.targetsFile;
  const postcodeLookup = overrides.postcodeLookupFile ?? config.measures.postcodeLookupFile;
  const ofstedJudgements = overrides.ofstedJudgementsFile ?? config.measures.ofstedJudgementsFile;
  const publishedFiles = [...config.measures.publishedFiles, ...(overrides.publishedFiles ?? [])];
  return {
    suppress: overrides.suppress ?? config.measures.suppress,
    ...(postcodeLookup || ofstedJudgements
      ? { referenceFiles: { ...(postcodeLookup ? { postcodeLookup } : {}), ...(ofstedJudgements ? { ofstedJudgements } : {}) } }
      : {}),
    ...(targetsFile ? { targets: await readTargetsFile(targetsFile, MEASURES) } : {}),
    ...(publishedFiles.length > 0 ? { comparators: comparatorTables(await readSuppliedTableFiles(publishedFiles)) } : {}),
  };
}

/**
 * The events ingest refused for an LA, by reason, from the dead-letter file of embedded mode. A refused line whose
 * LA cannot be read (it was not JSON, or had no laCode) is counted for every LA: it may be any of them. The Kafka
 * dead-letter topic is not read back here; the report says so.
 */
export async function refusedEventsFor(config: CareledgerConfig, laCode: string): Promise<DataQuality['refusedEvents']> {
  if (config.eventLog.kind === 'kafka') return { unavailable: `refused events are on the Kafka topic ${config.eventLog.kafka.deadLetterTopic}, which this report does not read back; count them there` };
  const path = deadLetterPath(config);
  if (!existsSync(path)) return { count: 0, byReason: [] };
  const byReason = new Map<string, number>();
  let count = 0;
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (line.trim() === '') continue;
    let letter: { raw?: unknown; errors?: { field?: string; reason?: string }[] };
    try {
      letter = JSON.parse(line);
    } catch {
      continue; // a torn last line after a crash is not a refusal
    }
    let recordLa: unknown;
    try {
      recordLa = typeof letter.raw === 'string' ? (JSON.parse(letter.raw) as { laCode?: unknown }).laCode : undefined;
    } catch {
      recordLa = undefined;
    }
    if (recordLa !== undefined && recordLa !== laCode) continue;
    count += 1;
    const first = letter.errors?.[0];
    const reason = first ? `${first.field ?? 'record'}: ${first.reason ?? 'refused'}` : 'refused';
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  return { count, byReason: [...byReason].sort((a, b) => b[1] - a[1]).map(([reason, n]) => ({ reason, count: n })) };
}

/** The API tokens of `serve` and `scheduler` (only hashes of their secrets), `<data>/access/tokens.json`. */
export const tokenStorePath = (config: CareledgerConfig): string => join(config.dataDir, 'access', 'tokens.json');

/** The append-only audit of child-level reads, `<data>/access/audit.jsonl`. */
export const auditLogPath = (config: CareledgerConfig): string => join(config.dataDir, 'access', 'audit.jsonl');

/** How to make the first token for this data folder, as told to a caller of a server that has none. */
export const tokenCreateHint = (config: CareledgerConfig): string => `careledger token create --data ${config.dataDir} --la CODE --role read`;

/** The HTTP guard over this data folder's tokens and audit file, for a server to compose; `audit` for routes that record their own reads (SQL). */
export async function openAccess(config: CareledgerConfig): Promise<{ guard: HttpGuard; tokens: TokenStore; audit: AuditLog }> {
  const tokens = new TokenStore(tokenStorePath(config));
  const audit = await AuditLog.open(auditLogPath(config));
  return { guard: accessGuard({ tokens, audit, createHint: tokenCreateHint(config) }), tokens, audit };
}
