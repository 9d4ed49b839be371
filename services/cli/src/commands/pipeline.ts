import { InvalidInputError, NotFoundError, todayInLondon, type CalendarDate, type CareledgerConfig, type Logger } from '@careledger/runtime';
import { IngestService, describeRejection, type IngestReport } from '@careledger/ingest';
import { Projector, type CatchUpReport } from '@careledger/projector';
import { computeAnnualReturn, londonDateOf, writeAnnualReturn, type AnnualReturn, type KnownOnInstant } from '@careledger/returns';
import { TABLES, tablesInYear, latestCompleteCollectionYear, parseCollectionYear, type CollectionYear } from '@careledger/ssda903';
import { ingestIndexPath, loadFigurePresentation, openDeadLetters, openEventLog, openProjectionStores, openReturnsStore, projectorOptions, unprojectedEventCount } from '../composition';
import { assertInputFile, loadPopulationFile, readInputFile } from '../inputFiles';

/** Ingests NDJSON files into the configured log. */
export async function ingestFiles(config: CareledgerConfig, files: readonly string[], logger: Logger): Promise<IngestReport[]> {
  if (files.length === 0) throw new InvalidInputError('cli.usage', 'name at least one NDJSON file to ingest');
  // Every file is checked before the log is opened, so a typo in the third file does not leave the first two ingested.
  for (const file of files) await assertInputFile(file, 'events file');
  const log = await openEventLog(config, logger);
  const deadLetters = await openDeadLetters(config);
  try {
    const ingest = await IngestService.open(log, deadLetters, logger, { indexPath: ingestIndexPath(config) });
    try {
      const reports: IngestReport[] = [];
      for (const file of files) reports.push(await ingest.ingestNdjson(await readInputFile(file, 'events file'), file));
      return reports;
    } finally {
      await ingest.close();
    }
  } finally {
    await deadLetters.close?.();
    await log.close();
  }
}

export function printIngestReport(report: IngestReport, out: (line: string) => void): void {
  out(`${report.source}: ${report.received} received, ${report.appended} appended, ${report.duplicates} already in the log, ${report.rejected.length} refused`);
  for (const rejected of report.rejected.slice(0, 50)) out(`  ${describeRejection(rejected).replaceAll('\n', '\n  ')}`);
  if (report.rejected.length > 50) out(`  ... and ${report.rejected.length - 50} more (see the dead-letter store)`);
}

/** Folds the log into the projections (or rebuilds them from offset 0), with the stores the configuration chooses. */
export async function project(config: CareledgerConfig, logger: Logger, options: { rebuild?: boolean } = {}): Promise<CatchUpReport> {
  const log = await openEventLog(config, logger);
  try {
    const stores = await openProjectionStores(config, logger);
    try {
      const refused = await openDeadLetters(config);
      try {
        const projector = new Projector(log, stores, { logger, refused, ...projectorOptions(config, log, logger) });
        return options.rebuild ? await projector.rebuild() : await projector.catchUp();
      } finally {
        await refused.close?.();
      }
    } finally {
      await stores.close();
    }
  } finally {
    await log.close();
  }
}

export function resolveYear(text: string | undefined, asAt: string): CollectionYear {
  if (!text) return latestCompleteCollectionYear(asAt);
  const year = parseCollectionYear(text);
  if (!year) throw new InvalidInputError('cli.year.invalid', `--year '${text}' is not a collection year (use 2026 or 2025-26)`);
  return year;
}

/** Computes (and optionally writes) one LA's return for a year from the projections. */
export async function annualReturn(
  config: CareledgerConfig,
  logger: Logger,
  options: { laCode: string; year?: string; asAt?: string; asKnownOn?: string; outDir?: string; populationFile?: string; countUnprojected?: boolean; withMeasures?: boolean },
): Promise<{ annual: AnnualReturn; yearDir?: string; unprojected?: number }> {
  const asAt = options.asAt ?? todayInLondon();
  const year = resolveYear(options.year, asAt);
  const population = await loadPopulationFile(options.populationFile ?? config.populationFile);
  const store = await openReturnsStore(config, logger);
  try {
    const unprojected = options.countUnprojected ? await unprojectedEventCount(config, logger, store) : undefined;
    const annual = await computeAnnualReturn(store, {
      laCode: options.laCode, year, asAt, ...(options.asKnownOn ? { asKnownOn: options.asKnownOn } : {}), ...(population ? { population } : {}),
      ...(options.withMeasures ? { withMeasures: true, presentation: await loadFigurePresentation(config) } : {}),
    }).catch((error: unknown) => {
      // Nothing projected yet is the likelier story than a wrong LA: say so, and what to run.
      if (error instanceof NotFoundError && unprojected) {
        throw new NotFoundError(error.code, `${error.message}; ${unprojected} event${unprojected === 1 ? ' is' : 's are'} in the log but not yet projected: run \`careledger project --data ${config.dataDir}\` first`, { ...error.context, unprojected });
      }
      throw error;
    });
    const yearDir = options.outDir ? await writeAnnualReturn(options.outDir, annual) : undefined;
    return { annual, ...(yearDir ? { yearDir } : {}), ...(unprojected === undefined ? {} : { unprojected }) };
  } finally {
    store.close();
  }
}

export function summariseFigures(annual: AnnualReturn, out: (line: string) => void): void {
  out(`LA ${annual.laCode}, collection year ${annual.year.label} (1 April ${annual.year.endYear - 1} to 31 March ${annual.year.endYear}), as at ${annual.asAt}${annual.asKnownOn ? `, as known on ${annual.asKnownOn}` : ''}`);
  out(`  903 tables: ${tablesInYear(annual.year).map((table) => `${annual.tables[table].length} ${TABLES[table].rowsAre}`).join(', ')}`);
  const { episodes, careLeaversWithoutContact } = annual.issues;
  const decisions = episodes.filter((issue) => issue.kind === 'decision_needed').length;
  if (episodes.length + careLeaversWithoutContact.length > 0) {
    out(`  return issues (issues.json): ${decisions} placement code decisions needed, ${episodes.length - decisions} blanks where a value is missing, ${careLeaversWithoutContact.length} care leavers with no contact around their birthday`);
  }
  for (const figure of annual.figures) {
    const detail = figure.denominator ? ` (${figure.numerator} / ${figure.denominator})` : figure.note && figure.value === null ? ` (${figure.note})` : '';
    out(`  ${figure.title}: ${figure.value ?? 'not available'}${detail}`);
  }
}

/**
 * The dates a return is run for, from the flags: as known on an instant, the as-at date defaults to that instant's
 * London date (as a return run then had it), otherwise to today. A year not begun by then can only be empty, so it
 * is refused before any store is opened rather than written as zeros.
 */
export function returnDates(flags: { readonly year?: CollectionYear; readonly asAt?: CalendarDate; readonly asKnownOn?: KnownOnInstant }): { asAt: CalendarDate; asKnownOn?: KnownOnInstant } {
  const asAt = flags.asAt ?? (flags.asKnownOn ? londonDateOf(flags.asKnownOn) : todayInLondon());
  if (flags.year && `${flags.year.endYear - 1}-04-01` > asAt) {
    throw new InvalidInputError('cli.year.not_started', `--year ${flags.year.label} starts on 1 April ${flags.year.endYear - 1}, after the as-at date ${asAt}: there is nothing to return yet`, { year: flags.year.label, asAt });
  }
  return { asAt, ...(flags.asKnownOn ? { asKnownOn: flags.asKnownOn } : {}) };
}
