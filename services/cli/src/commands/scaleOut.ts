import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CareledgerError, startHttpServer, type CareledgerConfig, type Logger } from '@careledger/runtime';
import { NightlyScheduler, RunStore, createRedisClient, schedulerRoutes, startRecomputeWorker, type RunRecord } from '@careledger/scheduler';
import { latestCompleteCollectionYear } from '@careledger/ssda903';
import type { Flags } from '../args';
import { ingestFiles, printIngestReport, summariseFigures, annualReturn } from './pipeline';
import { recomputeReturns } from './recompute';
import { prepareDemoInput } from './demo';

/** Commands of the scale-out mode (Kafka, scheduler), registered here so main stays a dispatcher. */
export interface ExtraCommand {
  readonly name: string;
  readonly usage: string;
  readonly flags: Record<string, { type: 'string' | 'boolean' }>;
  run(config: CareledgerConfig, flags: Flags, logger: Logger, out: (line: string) => void): Promise<number>;
}

const str = (flags: Flags, name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);

async function withRunStore<T>(config: CareledgerConfig, work: (runs: RunStore) => Promise<T>): Promise<T> {
  const redis = createRedisClient(config.redis.url);
  try {
    return await work(new RunStore(redis, config.redis.prefix));
  } finally {
    redis.disconnect();
  }
}

function describeRun(run: RunRecord): string {
  const latest = run.years?.[run.years.length - 1];
  const cla = (latest?.figures as { id: string; value: unknown }[] | undefined)?.find((f) => f.id === 'cla_at_31_march')?.value;
  return `${run.laCode} ${run.asAt} ${run.status.padEnd(9)} ${run.trigger.padEnd(8)} attempts ${run.attempts} ${run.durationMs ?? '-'} ms`
    + ` watermark ${JSON.stringify(run.watermark ?? {})}${cla !== undefined ? ` CLA at 31 March (${latest?.collectionYear}): ${cla}` : ''}${run.error ? ` error: ${run.error}` : ''}`;
}

/** The Kafka demo: the embedded demo's chain, through Kafka, with the returns computed by a scheduler job. */
async function demoKafka(baseConfig: CareledgerConfig, flags: Flags, logger: Logger, out: (line: string) => void): Promise<number> {
  const input = await prepareDemoInput({
    dir: str(flags, 'dir') ?? 'demo-output', seed: Number(str(flags, 'seed') ?? 903), childrenInCare: Number(str(flags, 'children') ?? 350),
    ...(str(flags, 'as-at') ? { asAt: str(flags, 'as-at')! } : {}),
  });
  const { dir, asAt, populationFile } = input;
  // A fresh topic, group and queue prefix per run: a demo rerun must not see the previous run's events.
  const runId = randomUUID().slice(0, 8);
  const config: CareledgerConfig = {
    ...baseConfig, dataDir: input.dataDir,
    eventLog: { kind: 'kafka', kafka: { ...baseConfig.eventLog.kafka, topic: `careledger-demo-${runId}.case-events`, deadLetterTopic: `careledger-demo-${runId}.dead-letter`, consumerGroup: `careledger-demo-${runId}` } },
    redis: { ...baseConfig.redis, prefix: `${baseConfig.redis.prefix}-demo-${runId}` },
  };
  out(`careledger demo: ${input.laName} (LA ${input.laCode}), synthetic history to ${asAt}, event log: kafka (${config.eventLog.kafka.brokers.join(',')}, topic ${config.eventLog.kafka.topic})`);
  out(`  generated ${input.eventCount} case events -> ${input.eventsFile}`);
  for (const report of await ingestFiles(config, [input.eventsFile], logger)) printIngestReport(report, (line) => out(`  ${line}`));

  const redis = createRedisClient(config.redis.url, logger);
  const runStore = new RunStore(redis, config.redis.prefix);
  const worker = await startRecomputeWorker({
    connection: config.redis.url, prefix: config.redis.prefix, runStore, logger, attempts: 2, backoffMs: 1000,
    recompute: (request, progress) => recomputeReturns(config, logger, { ...request, outDir: dir, populationFile }, progress),
  });
  const scheduler = new NightlyScheduler({ connection: config.redis.url, prefix: config.redis.prefix, logger, attempts: 2, backoffMs: 1000 });
  try {
    await scheduler.registerNightly({ laCodes: [input.laCode], cron: config.scheduler.cron, timezone: config.scheduler.timezone });
    const { jobId } = await scheduler.trigger({ laCode: input.laCode, asAt });
    out(`  nightly schedule registered (${config.scheduler.cron}, ${config.scheduler.timezone}); manual run ${jobId} queued on BullMQ`);
    const deadline = Date.now() + 600_000;
    let run: RunRecord | undefined;
    for (;;) {
      run = await runStore.get(input.laCode, asAt);
      if (run && run.status !== 'running' && (run.status === 'succeeded' || run.attempts >= 2)) break;
      if (Date.now() > deadline) throw new CareledgerError('demo.timeout', 'the recompute job did not finish within 10 minutes');
      await new Promise((r) => setTimeout(r, 250));
    }
    if (run.status !== 'succeeded') throw new CareledgerError('demo.failed', `the recompute job failed: ${run.error}`);
    out(`  run ${run.runId}: ${run.status} in ${run.durationMs} ms, log watermark ${JSON.stringify(run.watermark)}`);
  } finally {
    await scheduler.close();
    await worker.close();
    redis.disconnect();
  }
  const year = latestCompleteCollectionYear(asAt);
  const { annual } = await annualReturn(config, logger, { laCode: input.laCode, year: String(year.endYear), asAt, populationFile });
  summariseFigures(annual, (line) => out(`  ${line}`));
  out(`  wrote ${join(dir, 'returns', String(year.endYear))}/ssda903/*.csv and figures.json (and the current year ${year.endYear + 1} as at ${asAt})`);
  return 0;
}

export const extraCommands: ExtraCommand[] = [
  {
    name: 'demo-kafka',
    usage: '(demo --eventlog kafka runs ingest, the projector group and a BullMQ recompute job through Kafka and Redis)',
    flags: { dir: { type: 'string' }, seed: { type: 'string' }, children: { type: 'string' }, 'as-at': { type: 'string' } },
    run: demoKafka,
  },
  {
    name: 'scheduler',
    usage: 'careledger scheduler --la CODE[,CODE] [--port N]   nightly recompute: job scheduler + worker + HTTP /runs',
    flags: { la: { type: 'string' }, port: { type: 'string' } },
    run: async (config, flags, logger, out) => {
      const laCodes = (str(flags, 'la') ?? '').split(',').filter(Boolean);
      if (laCodes.length === 0) throw new CareledgerError('cli.usage', '--la is required (one or more LA codes, comma-separated)');
      const redis = createRedisClient(config.redis.url, logger);
      const runStore = new RunStore(redis, config.redis.prefix);
      const scheduler = new NightlyScheduler({ connection: config.redis.url, prefix: config.redis.prefix, logger });
      await scheduler.registerNightly({ laCodes, cron: config.scheduler.cron, timezone: config.scheduler.timezone });
      const worker = await startRecomputeWorker({
        connection: config.redis.url, prefix: config.redis.prefix, runStore, logger,
        recompute: (request, progress) => recomputeReturns(config, logger, { ...request, ...(config.populationFile ? { populationFile: config.populationFile } : {}) }, progress),
      });
      const server = await startHttpServer(schedulerRoutes({ scheduler, runStore }), { port: Number(str(flags, 'port') ?? config.http.port), logger });
      out(`careledger scheduler: LAs ${laCodes.join(', ')}, cron '${config.scheduler.cron}' (${config.scheduler.timezone}); HTTP ${server.url}/runs`);
      await new Promise<void>((r) => { process.once('SIGINT', r); process.once('SIGTERM', r); });
      await server.close();
      await worker.close();
      await scheduler.close();
      redis.disconnect();
      return 0;
    },
  },
  {
    name: 'recompute',
    usage: 'careledger recompute --la CODE [--as-at DATE]       queue a manual recompute run (BullMQ)',
    flags: { la: { type: 'string' }, 'as-at': { type: 'string' } },
    run: async (config, flags, logger, out) => {
      const laCode = str(flags, 'la');
      if (!laCode) throw new CareledgerError('cli.usage', '--la is required');
      const scheduler = new NightlyScheduler({ connection: config.redis.url, prefix: config.redis.prefix, logger });
      try {
        const result = await scheduler.trigger({ laCode, ...(str(flags, 'as-at') ? { asAt: str(flags, 'as-at')! } : {}) });
        out(`queued ${result.jobId}${result.deduplicated ? ' (already queued or running)' : ''}`);
      } finally {
        await scheduler.close();
      }
      return 0;
    },
  },
  {
    name: 'runs',
    usage: 'careledger runs [--la CODE] [--compare DATE DATE]  list recompute runs, or compare two',
    flags: { la: { type: 'string' }, compare: { type: 'boolean' }, limit: { type: 'string' } },
    run: (config, flags, _logger, out) => withRunStore(config, async (runs) => {
      const laCode = str(flags, 'la');
      if (flags.compare) {
        const [a, b] = String(flags._ ?? '').split(' ');
        if (!laCode || !a || !b) throw new CareledgerError('cli.usage', 'runs --compare needs --la CODE and two dates');
        const comparison = await runs.compare(laCode, a, b);
        if (!comparison) throw new CareledgerError('cli.not_found', `no runs for LA ${laCode} on both ${a} and ${b}`);
        out(JSON.stringify(comparison, null, 2));
        return 0;
      }
      const list = await runs.list(laCode, Number(str(flags, 'limit') ?? 50));
      if (list.length === 0) out('no runs recorded');
      for (const run of list) out(describeRun(run));
      return 0;
    }),
  },
];
