import { createLogger, json, pseudonymKey, startHttpServer, type HttpRoute } from '@careledger/runtime';
import { IngestService, ingestRoutes } from '@careledger/ingest';
import { measuresRoutes, reportsRoutes, returnsRoutes } from '@careledger/returns';
import { pseudonymKeyPath } from '../measureFlags';
import { ingestIndexPath, loadFigurePresentation, openDeadLetters, openEventLog, openReturnsReader, refusedEventsFor } from '../composition';
import { configFrom, populationOption, portOption, storageOptions, type StorageFlags } from '../flags';
import { assertInputFile, loadPopulationFile } from '../inputFiles';
import { assertCareledgerData, assertServices } from '../preflight';
import { defineCommand } from './command';

interface ServeFlags extends StorageFlags {
  readonly port?: number;
}

/** GET /health: the process is up and which log it serves (for a load balancer or a newcomer's curl). */
export const healthRoute = (eventLog: string): HttpRoute => ({ method: 'GET', path: '/health', handle: async () => json(200, { status: 'ok', eventLog }) });

export const serveCommand = defineCommand<ServeFlags>({
  name: 'serve',
  description: 'HTTP: POST /events, GET /returns/:la/:year/figures, GET /returns/:la/:year/ssda903/:file, GET /measures, GET /measures/:la/:measure?period=, GET /measures/:la/:measure/children?period=, GET /reports/:la?period=[&format=pdf][&mode=internal], GET /health',
  options: () => [portOption(), populationOption(), ...storageOptions()],
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
    const server = await startHttpServer([
      healthRoute(config.eventLog.kind),
      ...ingestRoutes(ingest),
      ...returnsRoutes({ withStore: (work) => reader.withStore(work), ...(population ? { population } : {}) }),
      ...measuresRoutes({ withStore: (work) => reader.withStore(work), ...(population ? { population } : {}), pseudonymKey: () => pseudonymKey(pseudonymKeyPath(config)) }),
      ...reportsRoutes({ withStore: (work) => reader.withStore(work), ...(population ? { population } : {}), ...(targets ? { targets } : {}), refusedEvents: (laCode) => refusedEventsFor(config, laCode) }),
    ], { port: flags.port ?? config.http.port, logger });
    io.out(`careledger serving on ${server.url} (event log: ${config.eventLog.kind})`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    reader.close();
    await ingest.close();
    await deadLetters.close?.();
    await log.close();
    return 0;
  },
});
