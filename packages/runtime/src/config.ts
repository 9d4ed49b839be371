import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigurationError } from './errors';

const hostPort = z.string().regex(/^[A-Za-z0-9.\-]+:\d{1,5}$/, 'must be host:port');

export const configSchema = z.object({
  dataDir: z.string().min(1).default('.careledger'),
  eventLog: z.object({
    kind: z.enum(['embedded', 'kafka']).default('embedded'),
    kafka: z.object({
      brokers: z.array(hostPort).min(1).default(['127.0.0.1:19092']),
      topic: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'must be a Kafka topic name').default('careledger.case-events'),
      deadLetterTopic: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'must be a Kafka topic name').default('careledger.case-events.dead-letter'),
      partitions: z.number().int().min(1).max(10_000).default(6),
      replicationFactor: z.number().int().min(1).max(7).default(1),
      clientId: z.string().min(1).default('careledger'),
      consumerGroup: z.string().min(1).default('careledger-projector'),
    }).prefault({}),
  }).prefault({}),
  duckdb: z.object({
    /** The projection database; defaults to <dataDir>/projections.duckdb. */
    path: z.string().min(1).optional(),
    threads: z.number().int().min(1).max(64).default(2),
  }).prefault({}),
  redis: z.object({
    url: z.string().regex(/^rediss?:\/\/.+/, 'must be a redis:// URL').default('redis://127.0.0.1:6379'),
    prefix: z.string().min(1).default('careledger'),
  }).prefault({}),
  scheduler: z.object({
    /** Six-field cron (seconds first), in `timezone`. */
    cron: z.string().min(9).default('0 30 2 * * *'),
    timezone: z.string().min(1).default('Europe/London'),
  }).prefault({}),
  populationFile: z.string().min(1).optional(),
  /** How the measure catalogue is written out: the council's targets, newer DfE tables, small-number suppression. */
  measures: z.object({
    targetsFile: z.string().min(1).optional(),
    publishedFiles: z.array(z.string().min(1)).default([]),
    /** A postcode lookup CSV (ONS Postcode Directory shape): placement LA and distance from home. */
    postcodeLookupFile: z.string().min(1).optional(),
    /** Ofsted provider judgements (CSV by URN): placements with good or outstanding providers. */
    ofstedJudgementsFile: z.string().min(1).optional(),
    /** DfE's small-number suppression on what careledger writes (counts 1-5 as c); false for internal use only. */
    suppress: z.boolean().default(true),
  }).prefault({}),
  /** The DfE's 903 validation: the reference files some rules need (the postcode directory is measures.postcodeLookupFile). */
  validation: z.object({
    /** Ofsted's provider list by URN (CSV: URN, PLACE_CODES, PROVIDER_CODES, REG_END, POSTCODE, LA_CODE). */
    providersFile: z.string().min(1).optional(),
    /** Replaces careledger's own LA code list (CSV: LA_CODE, LTLA_CODE, UTLA_CODE). */
    localAuthoritiesFile: z.string().min(1).optional(),
  }).prefault({}),
  http: z.object({
    port: z.number().int().min(0).max(65_535).default(8903),
    /** Loopback unless told otherwise: `0.0.0.0` (or a LAN address) opens the API to other machines, deliberately. */
    host: z.string().min(1).default('127.0.0.1'),
    /** A larger request body is refused whole with 413; an LA's nightly feed is a few MB. */
    bodyLimitBytes: z.number().int().min(1024).max(1024 * 1024 * 1024).default(64 * 1024 * 1024),
    /** A longer NDJSON line of POST /events is refused by its line number; an event is well under 10 KB. */
    maxLineBytes: z.number().int().min(1024).max(64 * 1024 * 1024).default(256 * 1024),
  }).prefault({}),
});

export type CareledgerConfig = z.infer<typeof configSchema>;

type Json = Record<string, unknown>;

const ENVIRONMENT: Record<string, { path: string[]; parse?: (v: string) => unknown }> = {
  CARELEDGER_DATA_DIR: { path: ['dataDir'] },
  CARELEDGER_EVENTLOG: { path: ['eventLog', 'kind'] },
  CARELEDGER_KAFKA_BROKERS: { path: ['eventLog', 'kafka', 'brokers'], parse: (v) => v.split(',').map((s) => s.trim()).filter(Boolean) },
  CARELEDGER_KAFKA_TOPIC: { path: ['eventLog', 'kafka', 'topic'] },
  CARELEDGER_KAFKA_DEAD_LETTER_TOPIC: { path: ['eventLog', 'kafka', 'deadLetterTopic'] },
  CARELEDGER_KAFKA_PARTITIONS: { path: ['eventLog', 'kafka', 'partitions'], parse: Number },
  CARELEDGER_KAFKA_REPLICATION_FACTOR: { path: ['eventLog', 'kafka', 'replicationFactor'], parse: Number },
  CARELEDGER_KAFKA_CONSUMER_GROUP: { path: ['eventLog', 'kafka', 'consumerGroup'] },
  CARELEDGER_DUCKDB_PATH: { path: ['duckdb', 'path'] },
  CARELEDGER_REDIS_URL: { path: ['redis', 'url'] },
  CARELEDGER_REDIS_PREFIX: { path: ['redis', 'prefix'] },
  CARELEDGER_SCHEDULE_CRON: { path: ['scheduler', 'cron'] },
  CARELEDGER_SCHEDULE_TIMEZONE: { path: ['scheduler', 'timezone'] },
  CARELEDGER_POPULATION_FILE: { path: ['populationFile'] },
  CARELEDGER_TARGETS_FILE: { path: ['measures', 'targetsFile'] },
  CARELEDGER_POSTCODE_LOOKUP_FILE: { path: ['measures', 'postcodeLookupFile'] },
  CARELEDGER_OFSTED_JUDGEMENTS_FILE: { path: ['measures', 'ofstedJudgementsFile'] },
  CARELEDGER_PROVIDERS_FILE: { path: ['validation', 'providersFile'] },
  CARELEDGER_LOCAL_AUTHORITIES_FILE: { path: ['validation', 'localAuthoritiesFile'] },
  CARELEDGER_HTTP_PORT: { path: ['http', 'port'], parse: Number },
  CARELEDGER_HTTP_HOST: { path: ['http', 'host'] },
  CARELEDGER_HTTP_BODY_LIMIT_BYTES: { path: ['http', 'bodyLimitBytes'], parse: Number },
  CARELEDGER_HTTP_MAX_LINE_BYTES: { path: ['http', 'maxLineBytes'], parse: Number },
};

function setPath(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  node[path[path.length - 1]!] = value;
}

function deepMerge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    out[key] = typeof value === 'object' && value !== null && !Array.isArray(value) && typeof out[key] === 'object' && out[key] !== null
      ? deepMerge(out[key] as Json, value as Json)
      : value;
  }
  return out;
}

export interface LoadConfigOptions {
  /** A JSON file; defaults to ./careledger.config.json when it exists. */
  readonly file?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Values from command-line flags, highest precedence. */
  readonly overrides?: Json;
}

/**
 * The one configuration: defaults, then the file, then CARELEDGER_* environment variables, then flags. A bad value
 * stops start-up with a message naming the setting, where it came from and what is wrong.
 */
export function loadConfig(options: LoadConfigOptions = {}): CareledgerConfig {
  const env = options.env ?? process.env;
  const file = options.file ?? (existsSync('careledger.config.json') ? 'careledger.config.json' : undefined);
  let fromFile: Json = {};
  if (file) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as Json;
    } catch (error) {
      throw new ConfigurationError(`configuration file ${file} cannot be read: ${(error as Error).message}`, { file });
    }
  }
  const fromEnv: Json = {};
  const sources = new Map<string, string>();
  for (const [name, { path, parse }] of Object.entries(ENVIRONMENT)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    setPath(fromEnv, path, parse ? parse(raw) : raw);
    sources.set(path.join('.'), `environment variable ${name}=${JSON.stringify(raw)}`);
  }
  const merged = deepMerge(deepMerge(fromFile, fromEnv), options.overrides ?? {});
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.join('.');
      const source = sources.get(path) ?? (file ? `configuration file ${file} or a flag` : 'a flag');
      return `${path}: ${issue.message} (from ${source})`;
    });
    throw new ConfigurationError(`invalid configuration: ${problems.join('; ')}`, { problems });
  }
  const config = parsed.data;
  return { ...config, dataDir: resolve(config.dataDir) };
}

export function projectionPath(config: CareledgerConfig): string {
  return config.duckdb.path ?? join(config.dataDir, 'projections.duckdb');
}
