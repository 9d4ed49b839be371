import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Option } from 'commander';
import { createLogger, type CareledgerConfig, type Logger } from '@careledger/runtime';
import { TABLES, tablesInYear, latestCompleteCollectionYear } from '@careledger/ssda903';
import { asAtOption, childrenOption, configFrom, configOption, eventLogOption, outOption, seedOption, type StorageFlags } from '../flags';
import { assertServices } from '../preflight';
import { defineCommand } from './command';
import { prepareDemoInput, type DemoOptions } from './demoFolder';
import { runKafkaDemo } from './demoKafka';
import { annualReturn, ingestFiles, printIngestReport, project, summariseFigures } from './pipeline';
import { writeCommitteeReport } from './report';
import { validateOwnReturn, validationSummary } from './validate903';
import { validationHtml, validationJson } from '@careledger/validation903';

export { prepareDemoInput, type DemoInput, type DemoOptions } from './demoFolder';

/**
 * The whole chain on synthetic data: generate an LA's history, ingest it, fold it, compute the latest complete
 * year's 903 return and figures, and write them under <dir>/returns/<YYYY>/.
 */
export async function runDemo(baseConfig: CareledgerConfig, options: DemoOptions, logger: Logger, out: (line: string) => void): Promise<string> {
  const started = performance.now();
  const input = await prepareDemoInput(options);
  const config: CareledgerConfig = {
    ...baseConfig, dataDir: input.dataDir, duckdb: { ...baseConfig.duckdb, path: join(input.dataDir, 'projections.duckdb') },
    measures: { ...baseConfig.measures, targetsFile: baseConfig.measures.targetsFile ?? input.targetsFile },
  };
  out(`careledger demo: ${input.laName} (LA ${input.laCode}), synthetic history to ${input.asAt}, event log: ${config.eventLog.kind}`);
  out(`  generated ${input.eventCount} case events (seed ${options.seed}) -> ${input.eventsFile}`);

  for (const report of await ingestFiles(config, [input.eventsFile], logger)) printIngestReport(report, (line) => out(`  ${line}`));
  const folded = await project(config, logger);
  out(`  projected ${folded.folded} events into DuckDB (${config.duckdb.path}), ${folded.childrenDerived} children derived`);

  const year = latestCompleteCollectionYear(input.asAt);
  const { annual, yearDir } = await annualReturn(config, logger, { laCode: input.laCode, year: String(year.endYear), asAt: input.asAt, outDir: input.dir, populationFile: input.populationFile, withMeasures: true });
  summariseFigures(annual, (line) => out(`  ${line}`));
  out(`  wrote ${yearDir}/ssda903/{${tablesInYear(year).map((table) => TABLES[table].fileName.replace(/\.csv$/, '')).join(',')}}.csv, ${yearDir}/ssda903.xml, figures.json, issues.json, measures.json and measures.csv (${annual.measures?.figures.length ?? 0} catalogue figures) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const reportStarted = performance.now();
  const report = await writeCommitteeReport(config, logger, { laCode: input.laCode, laName: input.laName, year, period: { grain: 'year' }, mode: 'public', populationFile: input.populationFile, pdf: true });
  await writeFile(join(yearDir!, 'report.html'), report.html);
  await writeFile(join(yearDir!, 'report.pdf'), report.pdf!);
  await writeFile(join(yearDir!, 'report.json'), `${JSON.stringify(report.input, null, 2)}\n`);
  out(`  wrote the committee report ${yearDir}/report.html and report.pdf (public, run ${report.input.runId}; its figures in report.json) in ${((performance.now() - reportStarted) / 1000).toFixed(1)} s`);
  const validation = await validateOwnReturn(config, logger, { laCode: input.laCode, year, asAt: input.asAt });
  await writeFile(join(yearDir!, 'validation.json'), validationJson(validation));
  await writeFile(join(yearDir!, 'validation.html'), validationHtml(validation));
  out(`  ${validationSummary(validation).replace(/^careledger validate903: /, 'DfE validation ')} -> ${yearDir}/validation.json and validation.html`);
  out(`  analysts: pnpm careledger sql "SELECT place, count(*) FROM episodes WHERE dec IS NULL GROUP BY ALL" --data ${config.dataDir} (careledger schema lists the views)`);
  return yearDir!;
}

interface DemoFlags extends StorageFlags {
  readonly out?: string;
  readonly dir?: string;
  readonly seed: number;
  readonly children: number;
  readonly asAt?: string;
}

export const demoCommand = defineCommand<DemoFlags>({
  name: 'demo',
  description: 'the whole chain on a synthetic LA: generate, ingest, project, and write the latest complete year\'s 903 return and figures under DIR/returns',
  options: () => [
    outOption('the demo folder: new, empty, or made by an earlier demo (required)'),
    // The flag's name before the flags were made the same everywhere; kept so old scripts keep working.
    new Option('--dir <dir>').hideHelp(),
    eventLogOption(), configOption(), seedOption(), childrenOption(),
    asAtOption('the date the synthetic history runs to (default today in London)'),
  ],
  async action(flags, _args, io) {
    const dir = flags.out ?? flags.dir;
    if (!dir) return io.usageError("error: required option '--out <dir>' not specified");
    const config = configFrom(flags);
    await assertServices(config, { redis: config.eventLog.kind === 'kafka' });
    const logger = createLogger('careledger-demo');
    const options: DemoOptions = { dir, seed: flags.seed, childrenInCare: flags.children, ...(flags.asAt ? { asAt: flags.asAt } : {}) };
    if (config.eventLog.kind === 'kafka') await runKafkaDemo(config, options, logger, io.out);
    else await runDemo(config, options, logger, io.out);
    return 0;
  },
});
