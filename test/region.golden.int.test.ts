import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, silentLogger, type CareledgerConfig } from '@careledger/runtime';
import { generateRegion, toNdjson, type SyntheticHistory } from '@careledger/synthetic';
import { ingestFiles, project } from '../services/cli/src/commands/pipeline';
import { recomputeReturns } from '../services/cli/src/commands/recomputeReturns';
import { goldenDigests, outputDigests, sha256 } from './support/outputDigests';

const AS_AT = '2026-11-30';

/**
 * The bench region's first two LAs (the same seeds as `pnpm bench`'s 48), run as the nightly job runs them: ingest,
 * fold, then each LA's current and previous years' returns, figures, measures and DfE validation. Every file and the
 * run's outcome must be what careledger wrote before the speed work, byte for byte.
 */
let dir: string;
let config: CareledgerConfig;
let histories: SyntheticHistory[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-region-golden-'));
  config = loadConfig({ env: {}, overrides: { dataDir: join(dir, 'data') } });
  histories = generateRegion({ laCount: 2, asAt: AS_AT });
  mkdirSync(join(dir, 'input'));
  for (const history of histories) {
    writeFileSync(join(dir, 'input', `${history.laCode}.ndjson`), toNdjson(history.events));
    writeFileSync(join(dir, 'input', `${history.laCode}.population.csv`), history.populationCsv);
  }
  const reports = await ingestFiles(config, histories.map((h) => join(dir, 'input', `${h.laCode}.ndjson`)), silentLogger);
  expect(reports.flatMap((r) => r.rejected)).toEqual([]);
  await project(config, silentLogger);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bench region\'s outputs (test/golden/region.json)', () => {
  it('are byte for byte those recorded before the speed work: every 903 file, figure, measure and validation result', async () => {
    const written: Record<string, string> = {};
    for (const history of histories) {
      const outDir = join(dir, 'out', history.laCode);
      const outcome = await recomputeReturns(config, silentLogger, { laCode: history.laCode, asAt: AS_AT, outDir, populationFile: join(dir, 'input', `${history.laCode}.population.csv`) });
      for (const [path, digest] of Object.entries(outputDigests(outDir))) written[`${history.laCode}/${path}`] = digest;
      written[`${history.laCode}/run outcome`] = sha256(JSON.stringify(outcome));
    }
    expect(Object.keys(written).length).toBeGreaterThan(40);
    expect(written).toEqual(goldenDigests('region', written));
  }, 180_000);
});
