import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { InternalError, UnavailableError, type CareledgerConfig, type Logger } from '@careledger/runtime';
import { NightlyScheduler, RunStore, createRedisClient, startRecomputeWorker } from '@careledger/scheduler';
import { latestCompleteCollectionYear } from '@careledger/ssda903';
import type { DemoOptions } from './demoFolder';
import { prepareDemoInput } from './demoFolder';
import { removeKafkaTopics } from '../composition';
import { annualReturn, ingestFiles, printIngestReport, summariseFigures } from './pipeline';
import { recomputeReturns } from './recomputeReturns';

async function deleteKeysUnder(redis: ReturnType<typeof createRedisClient>, prefix: string): Promise<void> {
  for await (const batch of redis.scanStream({ match: `${prefix}*`, count: 1000 })) {
    const keys = batch as string[];
    if (keys.length > 0) await redis.del(...keys);
  }
}

/**
 * The Kafka demo: the embedded demo's chain, through Kafka, with the returns computed by a scheduler job. The topic,
 * group and BullMQ queue are private to the run (a rerun must not see the previous run's events or jobs), and the
 * queue's keys are removed at the end; the run record goes under the configured prefix, where `careledger runs`
 * looks, because it is the demo's result.
 */
export async function runKafkaDemo(baseConfig: CareledgerConfig, options: DemoOptions, logger: Logger, out: (line: string) => void): Promise<void> {
  const input = await prepareDemoInput(options);
  const { dir, asAt, populationFile } = input;
  const runId = randomUUID().slice(0, 8);
  const queuePrefix = `${baseConfig.redis.prefix}-demo-${runId}`;
  const config: CareledgerConfig = {
    ...baseConfig, dataDir: input.dataDir,
    eventLog: { kind: 'kafka', kafka: { ...baseConfig.eventLog.kafka, topic: `careledger-demo-${runId}.case-events`, deadLetterTopic: `careledger-demo-${runId}.dead-letter`, consumerGroup: `careledger-demo-${runId}` } },
  };
  out(`careledger demo: ${input.laName} (LA ${input.laCode}), synthetic history to ${asAt}, event log: kafka (${config.eventLog.kafka.brokers.join(',')}, topic ${config.eventLog.kafka.topic})`);
  out(`  generated ${input.eventCount} case events -> ${input.eventsFile}`);
  for (const report of await ingestFiles(config, [input.eventsFile], logger)) printIngestReport(report, (line) => out(`  ${line}`));

  const redis = createRedisClient(config.redis.url, logger);
  const runStore = new RunStore(redis, config.redis.prefix);
  const retry = { attempts: 2, backoffMs: 1000 };
  try {
    const worker = await startRecomputeWorker({
      connection: config.redis.url, prefix: queuePrefix, runStore, logger, ...retry,
      recompute: (request, progress) => recomputeReturns(config, logger, { ...request, outDir: dir, populationFile }, progress),
    });
    const scheduler = new NightlyScheduler({ connection: config.redis.url, prefix: queuePrefix, logger, ...retry });
    try {
      await scheduler.registerNightly({ laCodes: [input.laCode], cron: config.scheduler.cron, timezone: config.scheduler.timezone });
      const { jobId } = await scheduler.trigger({ laCode: input.laCode, asAt });
      out(`  nightly schedule registered (${config.scheduler.cron}, ${config.scheduler.timezone}); manual run ${jobId} queued on BullMQ`);
      const deadline = Date.now() + 600_000;
      // The job's state, not the run record: a record of an earlier demo of the same date may already be there.
      while (!['completed', 'failed'].includes(await scheduler.queue.getJobState(jobId))) {
        if (Date.now() > deadline) throw new UnavailableError('demo.timeout', 'the recompute job did not finish within 10 minutes');
        await new Promise((r) => setTimeout(r, 250));
      }
      const run = await runStore.get(input.laCode, asAt);
      if (!run) throw new InternalError('demo.no_record', `the recompute job ${jobId} finished without a run record`);
      if (run.status !== 'succeeded') throw new InternalError('demo.failed', `the recompute job failed: ${run.error}`);
      out(`  run ${run.runId}: ${run.status} in ${run.durationMs} ms, log watermark ${JSON.stringify(run.watermark)}`);
    } finally {
      await scheduler.close();
      await worker.close();
    }
  } finally {
    await deleteKeysUnder(redis, `${queuePrefix}:`).catch((err: unknown) => logger.warn({ err, queuePrefix }, 'could not remove the demo queue keys'));
    redis.disconnect();
  }
  const year = latestCompleteCollectionYear(asAt);
  try {
    const { annual } = await annualReturn(config, logger, { laCode: input.laCode, year: String(year.endYear), asAt, populationFile });
    summariseFigures(annual, (line) => out(`  ${line}`));
    out(`  wrote ${join(dir, 'returns', String(year.endYear))}/ssda903/*.csv and figures.json (and the current year ${year.endYear + 1} as at ${asAt})`);
  } finally {
    // The demo's topics are its own (a fresh name per run): the broker keeps nothing of it afterwards. The returns,
    // the partition databases and the run record stay.
    await removeKafkaTopics(config, logger);
  }
}
