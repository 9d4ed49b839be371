import { createLogger, json, pseudonymKey, startHttpServer, type HttpRoute } from '@careledger/runtime';
import { IngestService, ingestRoutes } from '@careledger/ingest';
import { analystRoutes, measuresRoutes, reportsRoutes, returnsRoutes } from '@careledger/returns';
import { pseudonymKeyPath } from '../measureFlags';
import { analystDir, ingestIndexPath, loadFigurePresentation, openAccess, openDeadLetters, openEventLog, openReturnsReader, refusedEventsFor, tokenCreateHint } from '../composition';
import { configFrom, hostOption, populationOption, portOption, storageOptions, type StorageFlags } from '../flags';
import { assertInputFile, loadPopulationFile } from '../inputFiles';
import { assertCareledgerData, assertServices } from '../preflight';
import { defineCommand } from './command';

interface ServeFlags extends StorageFlags {
  readonly port?: number;
  readonly host?: string;
}

/** GET /health: the process is up and which log it serves (for a load balancer or a newcomer's curl); open, as it shows no data. */
export const healthRoute = (eventLog: string): HttpRoute => ({ method: 'GET', path: '/health', access: 'open', handle: async () => json(200, { status: 'ok', eventLog }) });

export const serveCommand = defineCommand<ServeFlags>({
  name: 'serve',
  description: 'HTTP, each route with an API token (careledger token create): POST /events, GET /returns/:la/:year/figures, GET /returns/:la/:year/ssda903/:file, GET /measures, GET /measures/:la/:measure?period=, GET /measures/:la/:measure/children?period=, GET /reports/:la?period=[&format=pdf][&mode=internal], POST /sql (JSON, or Arrow with Accept: application/vnd.apache.arrow.stream), GET /export/:view.parquet, GET /health',
  options: () => [portOption(), hostOption(), populationOption(), ...storageOptions()],
  async action(flags, _args, io) {
    const config = configFrom(flags);
    if (config.populationFile) await assertInputFile(config.populationFile, 'population file');
    assertCareledgerData(config, 'log');
    await assertServices(config);
    const logger = createLogger('careledger-serve');
    const log = await openEventLog(config, logger);
    const deadLetters = await openDeadLetters(config);
    const ingest = await IngestService.open(log, deadLetters, logger, { indexPath: ingestIndexPath(config) });
    const population = await loadPopulationFile(config.populationFile);
    const reader = await openReturnsReader(config, log, logger, deadLetters);
    const { targets } = await loadFigurePresentation(config);
    const access = await openAccess(config);
    const server = await startHttpServer([
      healthRoute(config.eventLog.kind),
      ...ingestRoutes(ingest, { maxLineBytes: config.http.maxLineBytes }),
      ...returnsRoutes({ withStore: (work) => reader.withStore(work), ...(population ? { population } : {}) }),
      ...measuresRoutes({ withStore: (work) => reader.withStore(work), ...(population ? { population } : {}), pseudonymKey: () => pseudonymKey(pseudonymKeyPath(config)) }),
      ...reportsRoutes({ withStore: (work) => reader.withStore(work), ...(population ? { population } : {}), ...(targets ? { targets } : {}), refusedEvents: (laCode) => refusedEventsFor(config, laCode) }),
      ...analystRoutes({
        dir: analystDir(config),
        beforeRead: () => reader.withStore(async () => undefined),
        audit: async (read) => { await access.audit.record({ ...read, laCodes: read.caller.laCodes }); },
      }),
    ], { port: flags.port ?? config.http.port, host: flags.host ?? config.http.host, bodyLimitBytes: config.http.bodyLimitBytes, logger, guard: access.guard });
    io.out(`careledger serving on ${server.url} (event log: ${config.eventLog.kind})`);
    if ((await access.tokens.list()).length === 0) io.warn(`careledger: no API tokens yet, so every request but GET /health gets 401: create one with \`${tokenCreateHint(config)}\``);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    await access.audit.close();
    reader.close();
    await ingest.close();
    await deadLetters.close?.();
    await log.close();
    return 0;
  },
});
