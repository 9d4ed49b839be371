import { readdir, readFile, stat, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Option } from 'commander';
import { InvalidInputError, NotFoundError, createLogger, todayInLondon, type CalendarDate, type CareledgerConfig, type Logger } from '@careledger/runtime';
import type { CollectionYear, EarlierEpisode } from '@careledger/ssda903';
import { collectionYear, selectEarlierEpisodes } from '@careledger/ssda903';
import { computeAnnualReturn } from '@careledger/returns';
import {
  VALIDATION_FORMATS, formatValidation, readReturnFiles, returnFromTables, validateReturn, type ReturnAsWritten,
  type ReturnFile, type ValidationFormat, type ValidationReport,
} from '@careledger/validation903';
import { openReturnsStore, validationReferenceFiles } from '../composition';
import { reportFailure } from '../failure';
import { asAtOption, configFrom, laOption, storageOptions, yearOption, type StorageFlags } from '../flags';
import { assertCareledgerData } from '../preflight';
import { defineCommand } from './command';

interface Validate903Flags extends StorageFlags {
  readonly la?: string;
  readonly year?: CollectionYear;
  readonly asAt?: CalendarDate;
  readonly files?: string;
  readonly previous?: string;
  readonly format: ValidationFormat;
  readonly out?: string;
  readonly providers?: string;
  readonly postcodes?: string;
}

/** The files of a 903 given as a folder (its CSV and XML files), one XML file or one CSV file. */
async function returnFiles(path: string, what: string): Promise<ReturnFile[]> {
  const found = await stat(path).catch(() => undefined);
  if (!found) throw new NotFoundError('cli.validate903.no_files', `${what} ${path} does not exist`, { path });
  const paths = found.isDirectory()
    ? (await readdir(path)).filter((f) => /\.(csv|xml)$/i.test(f)).sort().map((f) => join(path, f))
    : [path];
  if (paths.length === 0) throw new InvalidInputError('cli.validate903.empty_folder', `${what} ${path} holds no .csv or .xml file`, { path });
  return Promise.all(paths.map(async (p) => ({ name: basename(p), text: await readFile(p, 'utf8') })));
}

/**
 * careledger's own derived return for the year, the year before's as `_last` (absent when there is none), and the
 * LA's episodes before that, all from one opening of the projections.
 */
export async function ownReturns(config: CareledgerConfig, logger: Logger, request: { laCode: string; year: CollectionYear; asAt?: CalendarDate }): Promise<{ current: ReturnAsWritten; previous?: ReturnAsWritten; earlierEpisodes: EarlierEpisode[] }> {
  assertCareledgerData(config, 'projections');
  const asAt = request.asAt ?? (request.year.end < todayInLondon() ? request.year.end : todayInLondon());
  const before = collectionYear(request.year.endYear - 1);
  const store = await openReturnsStore(config, logger);
  try {
    const annual = await computeAnnualReturn(store, { laCode: request.laCode, year: request.year, asAt });
    const previous = await computeAnnualReturn(store, { laCode: request.laCode, year: before, asAt: before.end }).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    return {
      current: returnFromTables(annual.tables, annual.year), ...(previous ? { previous: returnFromTables(previous.tables, before) } : {}),
      earlierEpisodes: await selectEarlierEpisodes(store, { laCode: request.laCode, before: before.start }),
    };
  } finally {
    store.close();
  }
}

/** The LA's episodes that ceased before the year before `year`: what its own return adds to the two years a 903 file shows. */
export async function ownEarlierEpisodes(config: CareledgerConfig, logger: Logger, laCode: string, year: CollectionYear): Promise<EarlierEpisode[]> {
  const store = await openReturnsStore(config, logger);
  try {
    return await selectEarlierEpisodes(store, { laCode, before: collectionYear(year.endYear - 1).start });
  } finally {
    store.close();
  }
}

/** careledger's own return for an LA and year checked against every DfE rule of the year. */
export async function validateOwnReturn(config: CareledgerConfig, logger: Logger, request: { laCode: string; year: CollectionYear; asAt?: CalendarDate }): Promise<ValidationReport> {
  const returns = await ownReturns(config, logger, request);
  return validateReturn({ year: request.year, ...returns, laCode: request.laCode, reference: validationReferenceFiles(config) });
}

export function validationSummary(report: ValidationReport): string {
  const rules = new Set(report.failures.map((f) => f.rule)).size;
  const children = new Set(report.failures.map((f) => f.child)).size;
  return `careledger validate903: ${report.collectionYear}${report.laCode ? `, LA ${report.laCode}` : ''}: ${report.rulesRun} rules run, ${report.failures.length} failure${report.failures.length === 1 ? '' : 's'} of ${rules} rule${rules === 1 ? '' : 's'} for ${children} child${children === 1 ? '' : 'ren'}; ${report.notRun.length} not run`;
}

export const validate903Command = defineCommand<Validate903Flags>({
  name: 'validate903',
  description: "check a 903 return against every DfE validation rule of its year: careledger's own (--data, --la) or files from any case system (--files); exit 0 when no rule fails, 1 when some do, 2 when validation could not run",
  options: () => [
    laOption('the LA code (three digits): whose own return to validate, or whose files they are'), yearOption(),
    asAtOption("the date careledger's own return stands at (default the year's end, or today in a year not yet ended)"),
    new Option('--files <path>', "validate files produced elsewhere: a folder of the year's CSVs, or one XML return"),
    new Option('--previous <path>', "with --files: last year's return (folder or XML), for the rules on last year's tables"),
    new Option('--format <format>', 'json (default), csv or html').choices([...VALIDATION_FORMATS]).default('json'),
    new Option('--out <file>', 'where to write the report (default: the JSON to standard output)'),
    new Option('--providers <file>', "Ofsted's provider list (CSV by URN; default the configuration's validation.providersFile)"),
    new Option('--postcodes <file>', "the ONS Postcode Directory (CSV; default the configuration's measures.postcodeLookupFile)"),
    ...storageOptions(),
  ],
  async action(flags, _args, io) {
    const couldNotRun = (message: string) => { io.warn(`careledger: validation could not run: ${message}`); return 2; };
    try {
      if (!flags.year) return couldNotRun('--year is required');
      if (flags.files && flags.data) return couldNotRun('give --files (a return from elsewhere) or --data (careledger\'s own), not both');
      if (!flags.files && !flags.la) return couldNotRun('give --la CODE to validate careledger\'s own return, or --files PATH to validate files produced elsewhere');
      if (flags.previous && !flags.files) return couldNotRun('--previous goes with --files: careledger\'s own previous year is read from its data');
      const config = configFrom(flags);
      const returns = flags.files
        ? {
          current: readReturnFiles(await returnFiles(flags.files, '--files'), flags.year),
          ...(flags.previous ? { previous: readReturnFiles(await returnFiles(flags.previous, '--previous'), collectionYear(flags.year.endYear - 1)) } : {}),
        }
        : await ownReturns(config, createLogger('careledger-validate903'), { laCode: flags.la!, year: flags.year, ...(flags.asAt ? { asAt: flags.asAt } : {}) });
      const report = await validateReturn({ year: flags.year, ...returns, ...(flags.la ? { laCode: flags.la } : {}), reference: validationReferenceFiles(config, flags) });
      const text = formatValidation(report, flags.format);
      if (flags.out) {
        await mkdir(dirname(flags.out), { recursive: true });
        await writeFile(flags.out, text);
        io.out(`${validationSummary(report)} -> ${flags.out}`);
      } else if (flags.format === 'json') {
        io.out(text.trimEnd());
      } else {
        return couldNotRun(`--format ${flags.format} needs --out FILE`);
      }
      const unreadable = report.problems.filter((p) => p.severity === 'error');
      if (unreadable.length > 0) {
        for (const problem of unreadable) io.warn(`careledger: ${problem.file}${problem.line !== null ? ` line ${problem.line}` : ''} ${problem.reason}`);
        return couldNotRun(`${unreadable.length} problem${unreadable.length === 1 ? '' : 's'} in the files: the rules cannot be trusted on them`);
      }
      return report.failures.length > 0 ? 1 : 0;
    } catch (error) {
      reportFailure(error, (text) => io.warn(text.trimEnd()));
      return 2;
    }
  },
});
