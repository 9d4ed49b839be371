import { Option } from 'commander';
import { createLogger, startHttpServer } from '@careledger/runtime';
import { NightlyScheduler, RunStore, createRedisClient, schedulerRoutes, startRecomputeWorker } from '@careledger/scheduler';
import { openAccess, tokenCreateHint } from '../composition';
import { configFrom, hostOption, parseLaCodes, populationOption, portOption, storageOptions, type StorageFlags } from '../flags';
import { assertInputFile } from '../inputFiles';
import { assertCareledgerData, assertServices } from '../preflight';
import { defineCommand } from './command';
import { recomputeReturns } from './recomputeReturns';

interface SchedulerFlags extends StorageFlags {
  readonly la: string[];
  readonly port?: number;
  readonly host?: string;
}

export const schedulerCommand = defineCommand<SchedulerFlags>({
  name: 'scheduler',
  description: 'nightly recompute: registers the LAs\' job schedulers, runs the BullMQ worker and serves HTTP /runs',
  options: () => [
    new Option('--la <codes>', 'the LA codes to recompute nightly, comma-separated (three digits each)').argParser(parseLaCodes('--la')).makeOptionMandatory(),
    portOption(), hostOption(), populationOption(), ...storageOptions(),
  ],
  async action(flags, _args, io) {
    if (flags.la.length === 0) return io.usageError("error: option '--la <codes>' needs at least one LA code");
    const config = configFrom(flags);
    if (config.populationFile) await assertInputFile(config.populationFile, 'population file');
    // Its runs fold and read this data every night: a mistyped --data would otherwise compute zeros, silently.
    assertCareledgerData(config, 'log');
    await assertServices(config, { redis: true });
    const logger = createLogger('careledger-scheduler');
    const redis = createRedisClient(config.redis.url, logger);
    const runStore = new RunStore(redis, config.redis.prefix);
    const scheduler = new NightlyScheduler({ connection: config.redis.url, prefix: config.redis.prefix, logger });
    await scheduler.registerNightly({ laCodes: flags.la, cron: config.scheduler.cron, timezone: config.scheduler.timezone });
    const worker = await startRecomputeWorker({
      connection: config.redis.url, prefix: config.redis.prefix, runStore, logger,
      recompute: (request, progress) => recomputeReturns(config, logger, { ...request, ...(config.populationFile ? { populationFile: config.populationFile } : {}) }, progress),
    });
    const access = await openAccess(config);
    const server = await startHttpServer(schedulerRoutes({ scheduler, runStore }), { port: flags.port ?? config.http.port, host: flags.host ?? config.http.host, bodyLimitBytes: config.http.bodyLimitBytes, logger, guard: access.guard });
    io.out(`careledger scheduler: LAs ${flags.la.join(', ')}, cron '${config.scheduler.cron}' (${config.scheduler.timezone}); HTTP ${server.url}/runs`);
    if ((await access.tokens.list()).length === 0) io.warn(`careledger: no API tokens yet, so every /runs request gets 401: create one with \`${tokenCreateHint(config)}\``);
    await new Promise<void>((r) => { process.once('SIGINT', r); process.once('SIGTERM', r); });
    await server.close();
    await access.audit.close();
    await worker.close();
    await scheduler.close();
    redis.disconnect();
    return 0;
  },
});
