import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { todayInLondon, type CareledgerConfig, type Logger } from '@careledger/runtime';
import { generateHistory, toNdjson } from '@careledger/synthetic';
import { latestCompleteCollectionYear } from '@careledger/ssda903';
import { annualReturn, ingestFiles, printIngestReport, project, summariseFigures } from './pipeline';

export interface DemoOptions {
  readonly dir: string;
  readonly seed: number;
  readonly childrenInCare: number;
  readonly asAt?: string;
}

const MARKER = '.careledger-demo';

export interface DemoInput {
  readonly dir: string;
  readonly dataDir: string;
  readonly asAt: string;
  readonly laCode: string;
  readonly laName: string;
  readonly eventCount: number;
  readonly eventsFile: string;
  readonly populationFile: string;
}

/**
 * Prepares a demo folder: a clean `<dir>/data` (only a folder a demo made is ever removed) and the synthetic LA's
 * events and population file under `<dir>/input`.
 */
export async function prepareDemoInput(options: DemoOptions): Promise<DemoInput> {
  const dir = resolve(options.dir);
  const dataDir = join(dir, 'data');
  if (existsSync(join(dataDir, MARKER))) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(dataDir, MARKER), 'made by careledger demo\n');
  const asAt = options.asAt ?? todayInLondon();
  const history = generateHistory({ seed: options.seed, childrenInCare: options.childrenInCare, asAt });
  await mkdir(join(dir, 'input'), { recursive: true });
  const eventsFile = join(dir, 'input', 'events.ndjson');
  const populationFile = join(dir, 'input', 'population.csv');
  await writeFile(eventsFile, toNdjson(history.events));
  await writeFile(populationFile, history.populationCsv);
  return { dir, dataDir, asAt, laCode: history.laCode, laName: history.laName, eventCount: history.events.length, eventsFile, populationFile };
}

/**
 * The whole chain on synthetic data: generate an LA's history, ingest it, fold it, compute the latest complete
 * year's 903 return and figures, and write them under <dir>/returns/<YYYY>/.
 */
export async function runDemo(baseConfig: CareledgerConfig, options: DemoOptions, logger: Logger, out: (line: string) => void): Promise<string> {
  const started = performance.now();
  const input = await prepareDemoInput(options);
  const config: CareledgerConfig = { ...baseConfig, dataDir: input.dataDir, duckdb: { ...baseConfig.duckdb, path: join(input.dataDir, 'projections.duckdb') } };
  out(`careledger demo: ${input.laName} (LA ${input.laCode}), synthetic history to ${input.asAt}, event log: ${config.eventLog.kind}`);
  out(`  generated ${input.eventCount} case events (seed ${options.seed}) -> ${input.eventsFile}`);

  for (const report of await ingestFiles(config, [input.eventsFile], logger)) printIngestReport(report, (line) => out(`  ${line}`));
  const folded = await project(config, logger);
  out(`  projected ${folded.folded} events into DuckDB (${config.duckdb.path}), ${folded.childrenDerived} children derived`);

  const year = latestCompleteCollectionYear(input.asAt);
  const { annual, yearDir } = await annualReturn(config, logger, { laCode: input.laCode, year: String(year.endYear), asAt: input.asAt, outDir: input.dir, populationFile: input.populationFile });
  summariseFigures(annual, (line) => out(`  ${line}`));
  out(`  wrote ${yearDir}/ssda903/{header,episodes,reviews,missing,uasc}.csv and ${yearDir}/figures.json in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return yearDir!;
}
