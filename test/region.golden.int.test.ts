import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, silentLogger, type CareledgerConfig } from '@careledger/runtime';
import type { CaseEvent } from '@careledger/events';
import { generateRegion, splitOffLastDay, toNdjson, type SyntheticHistory } from '@careledger/synthetic';
import { ingestFiles } from '../services/cli/src/commands/pipeline';
import { recomputeReturns } from '../services/cli/src/commands/recomputeReturns';
import { goldenDigests, outputDigests, sha256 } from './support/outputDigests';

const AS_AT = '2026-11-30';

/**
 * The bench region's first two LAs (the same seeds as `pnpm bench`'s 48), run as the nightly job runs them: all but
 * the last day's events ingested, folded and recomputed, then the last day's ingested and each LA recomputed again
 * (the fold re-derives only the children those events touch). The second run's files, figures, measures and DfE
 * validation must be byte for byte what careledger wrote before the speed work from the whole history at once.
 */
let dir: string;
let config: CareledgerConfig;
let histories: SyntheticHistory[];
let lastDays: CaseEvent[][];
const populationFile = (laCode: string) => join(dir, 'input', `${laCode}.population.csv`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-region-golden-'));
  config = loadConfig({ env: {}, overrides: { dataDir: join(dir, 'data') } });
  histories = generateRegion({ laCount: 2, asAt: AS_AT });
  mkdirSync(join(dir, 'input'));
  lastDays = [];
  for (const history of histories) {
    const { earlier, lastDay } = splitOffLastDay(history.events);
    lastDays.push(lastDay);
    writeFileSync(join(dir, 'input', `${history.laCode}.ndjson`), toNdjson(earlier));
    writeFileSync(join(dir, 'input', `${history.laCode}.last-day.ndjson`), toNdjson(lastDay));
    writeFileSync(populationFile(history.laCode), history.populationCsv);
  }
  const reports = await ingestFiles(config, histories.map((h) => join(dir, 'input', `${h.laCode}.ndjson`)), silentLogger);
  expect(reports.flatMap((r) => r.rejected)).toEqual([]);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bench region\'s outputs (test/golden/region.json)', () => {
  it('after a nightly run on a day\'s new events are byte for byte those of the whole history recorded before the speed work', async () => {
    const first = await recomputeReturns(config, silentLogger, { laCode: '901', asAt: AS_AT, outDir: join(dir, 'first'), populationFile: populationFile('901') });
    // The first run folds every LA's events but the last day's, and derives every child.
    const earlierTotal = histories.reduce((n, h, i) => n + h.events.length - lastDays[i]!.length, 0);
    expect(first.recomputed).toMatchObject({ eventsFolded: earlierTotal, laEventsSinceLastRun: histories[0]!.events.length - lastDays[0]!.length, yearsComputed: ['2025-26', '2026-27'] });
    expect(first.recomputed!.laChildrenRederived).toBeGreaterThan(100);

    const day = await ingestFiles(config, histories.map((h) => join(dir, 'input', `${h.laCode}.last-day.ndjson`)), silentLogger);
    expect(day.flatMap((r) => r.rejected)).toEqual([]);
    const written: Record<string, string> = {};
    for (const [i, history] of histories.entries()) {
      const outDir = join(dir, 'out', history.laCode);
      const outcome = await recomputeReturns(config, silentLogger, { laCode: history.laCode, asAt: AS_AT, outDir, populationFile: populationFile(history.laCode), since: first.watermark });
      const touched = new Set(lastDays[i]!.map((e) => e.childId)).size;
      // The first LA's run folds the day's events of both LAs and re-derives only the children they touch.
      expect(outcome.recomputed).toEqual({
        eventsFolded: i === 0 ? lastDays.flat().length : 0, childrenRederived: i === 0 ? new Set(lastDays.flat().map((e) => `${e.laCode}:${e.childId}`)).size : 0,
        laChildrenRederived: i === 0 ? touched : 0, laEventsSinceLastRun: lastDays[i]!.length, yearsComputed: ['2025-26', '2026-27'],
      });
      for (const [path, digest] of Object.entries(outputDigests(outDir))) written[`${history.laCode}/${path}`] = digest;
      written[`${history.laCode}/run outcome`] = sha256(JSON.stringify({ watermark: outcome.watermark, years: outcome.years }));
    }
    expect(Object.keys(written).length).toBeGreaterThan(40);
    expect(written).toEqual(goldenDigests('region', written));
  }, 240_000);
});
