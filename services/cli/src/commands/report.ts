import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Option } from 'commander';
import { createLogger, type CareledgerConfig, type Logger } from '@careledger/runtime';
import { openReportPrinter, renderReportHtml, type ReportInput, type ReportMode } from '@careledger/report';
import { committeeReportInput, type KnownOnInstant, type ReportPeriodChoice } from '@careledger/returns';
import type { CollectionYear } from '@careledger/ssda903';
import { loadFigurePresentation, loadPopulation, openReturnsStore, refusedEventsFor } from '../composition';
import { asKnownOnOption, configFrom, laOption, parseKnownOn, populationOption, storageOptions, yearOption, type StorageFlags } from '../flags';
import { assertInputFile } from '../inputFiles';
import { assertCareledgerData } from '../preflight';
import { defineCommand } from './command';

interface ReportFlags extends StorageFlags {
  readonly la: string;
  readonly year: CollectionYear;
  readonly quarter?: string;
  readonly month?: string;
  readonly format: 'html' | 'pdf';
  readonly mode: ReportMode;
  readonly out: string;
  readonly asKnownOn?: KnownOnInstant;
  readonly lastReport?: KnownOnInstant;
  readonly population?: string;
  readonly targets?: string;
  readonly figuresOut?: string;
}

export interface WrittenReport {
  readonly input: ReportInput;
  readonly html: string;
  readonly pdf?: Uint8Array;
}

/** The committee report for one LA and period from the data folder: its input, its HTML and, when asked, its PDF. */
export async function writeCommitteeReport(config: CareledgerConfig, logger: Logger, options: {
  laCode: string; year: CollectionYear; period: ReportPeriodChoice; mode: ReportMode; asKnownOn?: KnownOnInstant; lastReportKnownOn?: KnownOnInstant;
  populationFile?: string; targetsFile?: string; laName?: string; pdf: boolean;
}): Promise<WrittenReport> {
  // Chromium starts, and opens its page, while the figures are computed: that is most of a PDF's cost.
  const printer = options.pdf ? openReportPrinter() : undefined;
  printer?.catch(() => undefined);
  try {
  const population = await loadPopulation(options.populationFile ?? config.populationFile);
  const presentation = await loadFigurePresentation(config, options.targetsFile ? { targetsFile: options.targetsFile } : {});
  const refusedEvents = await refusedEventsFor(config, options.laCode);
  const store = await openReturnsStore(config, logger);
  let input: ReportInput;
  try {
    const { suppress: _suppress, ...shown } = presentation;
    input = await committeeReportInput(store, {
      ...shown, laCode: options.laCode, year: options.year, period: options.period, mode: options.mode, refusedEvents,
      ...(options.laName ? { laName: options.laName } : {}), ...(options.asKnownOn ? { asKnownOn: options.asKnownOn } : {}),
      ...(options.lastReportKnownOn ? { lastReportKnownOn: options.lastReportKnownOn } : {}), ...(population ? { population } : {}),
    });
  } finally {
    store.close();
  }
  const html = await renderReportHtml(input);
  logger.info({ laCode: options.laCode, period: input.period.label, runId: input.runId, mode: options.mode }, 'committee report rendered');
  return { input, html, ...(printer ? { pdf: await (await printer).print(html, { footer: `LA ${options.laCode}, ${input.period.label}, run ${input.runId}` }) } : {}) };
  } finally {
    if (printer) await printer.then((p) => p.close(), () => undefined);
  }
}

function periodChoice(flags: ReportFlags, usageError: (message: string) => never): ReportPeriodChoice {
  if (flags.quarter && flags.month) usageError('error: give --quarter or --month, not both');
  if (flags.quarter) {
    if (!/^[1-4]$/.test(flags.quarter)) usageError(`error: --quarter must be 1, 2, 3 or 4 (Q1 is April to June; got '${flags.quarter}')`);
    return { grain: 'quarter', quarter: Number(flags.quarter) as 1 | 2 | 3 | 4 };
  }
  if (flags.month) return { grain: 'month', month: flags.month };
  return { grain: 'year' };
}

export const reportCommand = defineCommand<ReportFlags>({
  name: 'report',
  description: 'the corporate parenting committee report for an LA and period: scorecard, trend charts, tables, what changed since the last report, data quality and definitions, as one self-contained HTML page or a PDF',
  options: () => [
    laOption().makeOptionMandatory(), yearOption().makeOptionMandatory(),
    new Option('--quarter <n>', 'a quarter of the collection year, 1 to 4 (Q1 is April to June)'),
    new Option('--month <YYYY-MM>', 'a month of the collection year'),
    new Option('--format <format>', 'html (default) or pdf').choices(['html', 'pdf']).default('html'),
    new Option('--mode <mode>', 'public (default: DfE small-number suppression everywhere) or internal (every number; not for publication)').choices(['public', 'internal']).default('public'),
    new Option('--out <file>', 'the file to write (required)').makeOptionMandatory(),
    new Option('--figures-out <file>', 'also write the figures the report shows (JSON), for checking and for a spreadsheet'),
    asKnownOnOption(),
    new Option('--last-report <instant>', "when the last report's figures were known (default the end of the last day of the period before)").argParser(parseKnownOn('--last-report')),
    new Option('--targets <file>', "the council's targets per measure (JSON; default the configuration's measures.targetsFile)"),
    populationOption(), ...storageOptions(),
  ],
  async action(flags, _args, io) {
    const period = periodChoice(flags, io.usageError);
    if (flags.population) await assertInputFile(flags.population, 'population file');
    if (flags.targets) await assertInputFile(flags.targets, 'targets file');
    const config = configFrom(flags);
    assertCareledgerData(config, 'projections');
    const started = performance.now();
    const report = await writeCommitteeReport(config, createLogger('careledger-report'), {
      laCode: flags.la, year: flags.year, period, mode: flags.mode, pdf: flags.format === 'pdf',
      ...(flags.asKnownOn ? { asKnownOn: flags.asKnownOn } : {}), ...(flags.lastReport ? { lastReportKnownOn: flags.lastReport } : {}),
      ...(flags.population ? { populationFile: flags.population } : {}), ...(flags.targets ? { targetsFile: flags.targets } : {}),
    });
    await mkdir(dirname(flags.out), { recursive: true });
    await writeFile(flags.out, flags.format === 'pdf' ? report.pdf! : report.html);
    if (flags.figuresOut) {
      await mkdir(dirname(flags.figuresOut), { recursive: true });
      await writeFile(flags.figuresOut, `${JSON.stringify(report.input, null, 2)}\n`);
    }
    io.out(`careledger report: LA ${flags.la}, ${report.input.period.label} (${flags.mode}), run ${report.input.runId} -> ${flags.out} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    return 0;
  },
});
