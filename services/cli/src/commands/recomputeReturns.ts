import type { CareledgerConfig, Logger, CalendarDate } from '@careledger/runtime';
import { collectionYear, collectionYearContaining } from '@careledger/ssda903';
import type { RecomputeOutcome } from '@careledger/scheduler';
import { openEventLog } from '../composition';
import { annualReturn, project } from './pipeline';

/**
 * One recomputation, as the nightly job runs it: fold the log to its end, then compute the current and the previous
 * collection years' returns and figures as at `asAt`, writing them under `<outDir>/returns/<YYYY>/`.
 */
export async function recomputeReturns(
  config: CareledgerConfig,
  logger: Logger,
  request: { laCode: string; asAt: CalendarDate; outDir?: string; populationFile?: string },
  progress: (pct: number) => Promise<void> = async () => {},
): Promise<RecomputeOutcome> {
  const log = await openEventLog(config, logger);
  const watermark = Object.fromEntries(await log.endOffsets());
  await log.close();
  await project(config, logger);
  await progress(50);
  const current = collectionYearContaining(request.asAt);
  const years: RecomputeOutcome['years'] = [];
  for (const year of [collectionYear(current.endYear - 1), current]) {
    const { annual } = await annualReturn(config, logger, {
      laCode: request.laCode, year: String(year.endYear), asAt: request.asAt, outDir: request.outDir ?? config.dataDir,
      ...(request.populationFile ? { populationFile: request.populationFile } : {}), withMeasures: true,
    });
    years.push({ collectionYear: year.label, figures: annual.figures, measures: annual.measures?.figures ?? [] });
  }
  await progress(100);
  return { watermark, years };
}
