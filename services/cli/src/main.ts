#!/usr/bin/env node
import { CareledgerError, ConfigurationError, createLogger, loadConfig, startHttpServer, todayInLondon, type CareledgerConfig } from '@careledger/runtime';
import { IngestService, ingestRoutes } from '@careledger/ingest';
import { returnsRoutes } from '@careledger/returns';
import type { ProjectionStore } from '@careledger/projections';
import { parseFlags, requiredFlag, stringFlag, type Flags } from './args';
import { loadPopulation, openDeadLetters, openEventLog, openProjectionStore, openReturnsStore } from './composition';
import { Projector } from '@careledger/projector';
import { runDemo } from './commands/demo';
import { annualReturn, ingestFiles, printIngestReport, project, resolveYear, summariseFigures } from './commands/pipeline';
import { figuresFrom903 } from './commands/figuresFrom903';
import { generateHistory, toNdjson } from '@careledger/synthetic';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extraCommands } from './commands/scaleOut';

const USAGE = `careledger: children looked after case events -> SSDA903 return and figures

  careledger demo --dir DIR [--eventlog embedded|kafka] [--seed N] [--children N] [--as-at YYYY-MM-DD]
  careledger generate --out DIR [--seed N] [--children N] [--as-at YYYY-MM-DD]
  careledger ingest FILE.ndjson... [--data DIR]
  careledger project [--rebuild] [--data DIR]
  careledger returns --la CODE [--year 2026|2025-26] [--as-at DATE] [--out DIR] [--population FILE] [--data DIR]
  careledger figures --from-903 DIR --la CODE --year 2026 [--population FILE]
  careledger serve [--port N] [--data DIR]        HTTP: POST /events, GET /returns/:la/:year/figures, GET /returns/:la/:year/ssda903/:file
${extraCommands.map((c) => `  ${c.usage}`).join('\n')}

Common: --config FILE (JSON; default ./careledger.config.json), --eventlog embedded|kafka, --data DIR.
Environment: CARELEDGER_DATA_DIR, CARELEDGER_EVENTLOG, CARELEDGER_KAFKA_BROKERS, CARELEDGER_REDIS_URL, CARELEDGER_LOG_LEVEL, ...`;

const COMMON = {
  data: { type: 'string' as const },
  eventlog: { type: 'string' as const },
};

function configFrom(flags: Flags): CareledgerConfig {
  const overrides: Record<string, unknown> = {};
  const data = stringFlag(flags, 'data');
  if (data) overrides.dataDir = data;
  const kind = stringFlag(flags, 'eventlog');
  if (kind) overrides.eventLog = { kind };
  const file = stringFlag(flags, 'config');
  return loadConfig({ ...(file ? { file } : {}), overrides });
}

const out = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const logger = createLogger(`careledger-${command ?? 'cli'}`);
  switch (command) {
    case 'demo': {
      const { flags } = parseFlags(rest, { ...COMMON, dir: { type: 'string' }, seed: { type: 'string' }, children: { type: 'string' }, 'as-at': { type: 'string' } });
      const config = configFrom(flags);
      const options = { dir: requiredFlag(flags, 'dir'), seed: Number(stringFlag(flags, 'seed') ?? 903), childrenInCare: Number(stringFlag(flags, 'children') ?? 350), ...(stringFlag(flags, 'as-at') ? { asAt: stringFlag(flags, 'as-at')! } : {}) };
      if (config.eventLog.kind === 'kafka') {
        const scaleOut = extraCommands.find((c) => c.name === 'demo-kafka')!;
        return scaleOut.run(config, flags, logger, out);
      }
      await runDemo(config, options, logger, out);
      return 0;
    }
    case 'generate': {
      const { flags } = parseFlags(rest, { out: { type: 'string' }, seed: { type: 'string' }, children: { type: 'string' }, 'as-at': { type: 'string' } });
      const dir = requiredFlag(flags, 'out');
      const history = generateHistory({ seed: Number(stringFlag(flags, 'seed') ?? 903), childrenInCare: Number(stringFlag(flags, 'children') ?? 350), asAt: stringFlag(flags, 'as-at') ?? todayInLondon() });
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'events.ndjson'), toNdjson(history.events));
      await writeFile(join(dir, 'population.csv'), history.populationCsv);
      out(`${history.events.length} events for ${history.laName} (LA ${history.laCode}) -> ${join(dir, 'events.ndjson')}; population -> ${join(dir, 'population.csv')}`);
      return 0;
    }
    case 'ingest': {
      const { flags, positionals } = parseFlags(rest, COMMON);
      const reports = await ingestFiles(configFrom(flags), positionals, logger);
      for (const report of reports) printIngestReport(report, out);
      return reports.some((r) => r.rejected.length > 0) ? 2 : 0;
    }
    case 'project': {
      const { flags } = parseFlags(rest, { ...COMMON, rebuild: { type: 'boolean' } });
      const report = await project(configFrom(flags), logger, { rebuild: flags.rebuild === true });
      out(`folded ${report.folded} events in ${report.batches} batches (${report.refused} refused), ${report.childrenDerived} children re-derived; next offsets ${JSON.stringify(Object.fromEntries(report.offsets))}`);
      return 0;
    }
    case 'returns': {
      const { flags } = parseFlags(rest, { ...COMMON, la: { type: 'string' }, year: { type: 'string' }, 'as-at': { type: 'string' }, out: { type: 'string' }, population: { type: 'string' } });
      const { annual, yearDir } = await annualReturn(configFrom(flags), logger, {
        laCode: requiredFlag(flags, 'la'),
        ...(stringFlag(flags, 'year') ? { year: stringFlag(flags, 'year')! } : {}),
        ...(stringFlag(flags, 'as-at') ? { asAt: stringFlag(flags, 'as-at')! } : {}),
        ...(stringFlag(flags, 'out') ? { outDir: stringFlag(flags, 'out')! } : {}),
        ...(stringFlag(flags, 'population') ? { populationFile: stringFlag(flags, 'population')! } : {}),
      });
      summariseFigures(annual, out);
      if (yearDir) out(`wrote ${yearDir}`);
      return 0;
    }
    case 'figures': {
      const { flags } = parseFlags(rest, { 'from-903': { type: 'string' }, la: { type: 'string' }, year: { type: 'string' }, population: { type: 'string' } });
      const year = resolveYear(requiredFlag(flags, 'year'), todayInLondon());
      const laCode = requiredFlag(flags, 'la');
      const population = await loadPopulation(stringFlag(flags, 'population'));
      const figures = await figuresFrom903(requiredFlag(flags, 'from-903'), laCode, year, population);
      out(JSON.stringify({ laCode, collectionYear: year.label, figures }, null, 2));
      return 0;
    }
    case 'serve': {
      const { flags } = parseFlags(rest, { ...COMMON, port: { type: 'string' } });
      const config = configFrom(flags);
      const log = await openEventLog(config, logger);
      const deadLetters = await openDeadLetters(config);
      const ingest = await IngestService.open(log, deadLetters, logger);
      const population = await loadPopulation(config.populationFile);
      // Embedded: this process owns the DuckDB file, so it folds what was ingested before answering a return.
      // Kafka: the projectors own the partition databases; each request reads them as they stand.
      const store = config.eventLog.kind === 'embedded' ? await openProjectionStore(config, logger) : undefined;
      const projector = store ? new Projector(log, store, { logger, refused: deadLetters, trustLog: true }) : undefined;
      let serial: Promise<unknown> = Promise.resolve();
      const withStore = async <T>(work: (s: ProjectionStore) => Promise<T>): Promise<T> => {
        if (store && projector) {
          const run = serial.then(async () => { await projector.catchUp(); return work(store); });
          serial = run.catch(() => undefined);
          return run;
        }
        const combined = await openReturnsStore(config, logger);
        try {
          return await work(combined);
        } finally {
          combined.close();
        }
      };
      const server = await startHttpServer([
        ...ingestRoutes(ingest),
        ...returnsRoutes({ withStore, ...(population ? { population } : {}) }),
      ], { port: Number(stringFlag(flags, 'port') ?? config.http.port), logger });
      out(`careledger serving on ${server.url} (event log: ${config.eventLog.kind})`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
      store?.close();
      await deadLetters.close?.();
      await log.close();
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out(USAGE);
      return command ? 0 : 1;
    default: {
      const extra = extraCommands.find((c) => c.name === command);
      if (!extra) {
        process.stderr.write(`unknown command '${command}'\n\n${USAGE}\n`);
        return 1;
      }
      const { flags, positionals } = parseFlags(rest, { ...COMMON, ...extra.flags });
      return extra.run(configFrom(flags), { ...flags, _: positionals.join(' ') }, logger, out);
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof ConfigurationError || error instanceof CareledgerError) {
      process.stderr.write(`careledger: ${error.message}\n`);
      process.exitCode = error.code === 'cli.usage' ? 1 : 2;
    } else {
      process.stderr.write(`careledger: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 3;
    }
  },
);
