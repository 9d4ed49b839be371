import type { CareledgerConfig, Logger, CalendarDate } from '@careledger/runtime';
import { collectionYear, collectionYearContaining } from '@careledger/ssda903';
import type { RecomputeOutcome } from '@careledger/scheduler';
import { failuresByRule, returnFromTables, validateReturn, type ReturnAsWritten } from '@careledger/validation903';
import { laEventsSince } from '@careledger/returns';
import { openEventLog, openReturnsStore, validationReferenceFiles } from '../composition';
import { annualReturn, project } from './pipeline';
import { ownEarlierEpisodes } from './validate903';

/**
 * One recomputation, as the nightly job runs it: fold the log to its end, then compute the current and the previous
 * collection years' returns and figures as at `asAt`, writing them under `<outDir>/returns/<YYYY>/`.
 */
export async function recomputeReturns(
  config: CareledgerConfig,
  logger: Logger,
  request: { laCode: string; asAt: CalendarDate; outDir?: string; populationFile?: string; since?: Record<string, number> },
  progress: (pct: number) => Promise<void> = async () => {},
): Promise<RecomputeOutcome> {
  const log = await openEventLog(config, logger);
  const watermark = Object.fromEntries(await log.endOffsets());
  await log.close();
  const folded = await project(config, logger);
  await progress(50);
  const current = collectionYearContaining(request.asAt);
  const years: RecomputeOutcome['years'] = [];
  let previous: ReturnAsWritten | undefined;
  for (const year of [collectionYear(current.endYear - 1), current]) {
    const { annual } = await annualReturn(config, logger, {
      laCode: request.laCode, year: String(year.endYear), asAt: request.asAt, outDir: request.outDir ?? config.dataDir,
      ...(request.populationFile ? { populationFile: request.populationFile } : {}), withMeasures: true,
    });
    // The DfE rules over the year's return, the year before's as _last where this run computed it.
    const asWritten = returnFromTables(annual.tables, year);
    const validation = await validateReturn({
      year, current: asWritten, ...(previous ? { previous, earlierEpisodes: await ownEarlierEpisodes(config, logger, request.laCode, year) } : {}),
      laCode: request.laCode, reference: validationReferenceFiles(config),
    });
    previous = asWritten;
    years.push({
      collectionYear: year.label, figures: annual.figures, measures: annual.measures?.figures ?? [],
      validation: { rulesRun: validation.rulesRun, notRun: validation.notRun.map((r) => r.rule), failuresByRule: failuresByRule(validation) },
    });
  }
  const store = await openReturnsStore(config, logger);
  const laEventsSinceLastRun = await laEventsSince(store, request.laCode, request.since).finally(() => store.close());
  await progress(100);
  const recomputed = {
    eventsFolded: folded.folded, childrenRederived: folded.childrenDerived, laChildrenRederived: folded.childrenDerivedByLa[request.laCode] ?? 0,
    laEventsSinceLastRun, yearsComputed: years.map((y) => y.collectionYear),
  };
  return { watermark, years, recomputed };
}
