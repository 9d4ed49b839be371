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

/**
 * The whole chain on synthetic data: generate an LA's history, ingest it, fold it, compute the latest complete
 * year's 903 return and figures, and write them under <dir>/returns/<YYYY>/.
 */
export async function runDemo(baseConfig: CareledgerConfig, options: DemoOptions, logger: Logger, out: (line: string) => void): Promise<string> {
  const dir = resolve(options.dir);
  const dataDir = join(dir, 'data');
  // A rerun starts clean, but only a folder this demo made is ever removed.
  if (existsSync(join(dataDir, MARKER))) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(dataDir, MARKER), 'made by careledger demo\n');
  const config: CareledgerConfig = { ...baseConfig, dataDir, duckdb: { ...baseConfig.duckdb, path: join(dataDir, 'projections.duckdb') } };

  const asAt = options.asAt ?? todayInLondon();
  const started = performance.now();
  const history = generateHistory({ seed: options.seed, childrenInCare: options.childrenInCare, asAt });
  await mkdir(join(dir, 'input'), { recursive: true });
  const eventsFile = join(dir, 'input', 'events.ndjson');
  const populationFile = join(dir, 'input', 'population.csv');
  await writeFile(eventsFile, toNdjson(history.events));
  await writeFile(populationFile, history.populationCsv);
  out(`careledger demo: ${history.laName} (LA ${history.laCode}), synthetic history to ${asAt}, event log: ${config.eventLog.kind}`);
  out(`  generated ${history.events.length} case events (seed ${options.seed}) -> ${eventsFile}`);

  for (const report of await ingestFiles(config, [eventsFile], logger)) printIngestReport(report, (line) => out(`  ${line}`));
  const folded = await project(config, logger);
  out(`  projected ${folded.folded} events into DuckDB (${config.duckdb.path}), ${folded.childrenDerived} children derived`);

  const year = latestCompleteCollectionYear(asAt);
  const { annual, yearDir } = await annualReturn(config, logger, { laCode: history.laCode, year: String(year.endYear), asAt, outDir: dir, populationFile });
  summariseFigures(annual, (line) => out(`  ${line}`));
  out(`  wrote ${yearDir}/ssda903/{header,episodes,reviews,missing,uasc}.csv and ${yearDir}/figures.json in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return yearDir!;
}
