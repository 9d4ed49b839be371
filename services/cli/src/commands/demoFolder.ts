import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InvalidInputError, todayInLondon } from '@careledger/runtime';
import { generateHistory, toNdjson } from '@careledger/synthetic';

export interface DemoOptions {
  readonly dir: string;
  readonly seed: number;
  readonly childrenInCare: number;
  readonly asAt?: string;
}

/** Written at the top of a folder when the demo creates it; only a folder carrying it is ever reused or cleared. */
export const DEMO_MARKER = '.careledger-demo';

export interface DemoInput {
  readonly dir: string;
  readonly dataDir: string;
  readonly asAt: string;
  readonly laCode: string;
  readonly laName: string;
  readonly eventCount: number;
  readonly eventsFile: string;
  readonly populationFile: string;
  readonly targetsFile: string;
}

/**
 * The demo council's targets: Cheshire East's published ones (corporate parenting scorecard 2017-18, seeds 3.3.8)
 * where the measure is the same, so the demo's scorecard has RAG ratings to show. A council writes its own.
 */
const DEMO_TARGETS = {
  targets: {
    residential_care_percent: { target: 10, tolerance: 2, basis: 'local: Cheshire East P2.4' },
    ceased_special_guardianship_percent: { target: 12, tolerance: 3, basis: 'local: Cheshire East P2.9' },
    ceased_adopted_percent: { target: 20, tolerance: 5, basis: 'local: Cheshire East P2.10' },
    adoption_a1_days: { target: 426, tolerance: 30, basis: 'national threshold 2014-17 (A1)' },
    adoption_a2_days: { target: 121, tolerance: 30, basis: 'national threshold 2014-17 (A2)' },
    adoption_within_14_months_percent: { target: 58, tolerance: 5, basis: 'England average on the adoption scorecard (Cheshire East P2.12)' },
    long_term_stability_percent: { target: 75, tolerance: 5, basis: 'local: Cheshire East P2.6' },
    iha_requested_within_48_hours_percent: { target: 70, tolerance: 10, basis: 'local: Cheshire East P3.1' },
    iha_completed_within_20_working_days_percent: { target: 100, tolerance: 10, basis: 'statutory: Cheshire East P3.2' },
    reviews_held_in_timescale_percent: { target: 95, tolerance: 3, basis: 'local' },
    care_leavers_19_21_suitable_accommodation_percent: { target: 96, tolerance: 3, basis: 'local: Cheshire East P5.5' },
  },
};

/**
 * Makes `dir` the demo's: created (or an empty folder taken) and marked, or already marked by an earlier demo, in
 * which case its `data` is cleared. Anything else (a folder with files the demo did not put there, perhaps a
 * council's real event log) is refused before a byte is written: the demo must never mix its synthetic LA into, or
 * delete, data it did not make. A marker inside `data` is not trusted: older versions wrote it into folders they
 * had not created.
 */
export async function claimDemoFolder(dir: string): Promise<void> {
  if (existsSync(dir)) {
    if (!(await stat(dir)).isDirectory()) throw new InvalidInputError('demo.folder.not_a_folder', `${dir} is a file, not a folder: choose another --out`, { dir });
    const entries = await readdir(dir);
    if (entries.includes(DEMO_MARKER)) {
      await rm(join(dir, 'data'), { recursive: true, force: true });
      return;
    }
    if (entries.length > 0) {
      throw new InvalidInputError('demo.folder.not_ours', `${dir} already exists and was not made by careledger demo (it has no ${DEMO_MARKER} marker); the demo writes only into a new or empty folder: choose another --out`, { dir });
    }
  }
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, DEMO_MARKER), 'made by careledger demo: `careledger demo` may clear this folder\'s data/ when it runs again\n');
}

/** Prepares a demo folder: a clean `<dir>/data` and the synthetic LA's events and population file under `<dir>/input`. */
export async function prepareDemoInput(options: DemoOptions): Promise<DemoInput> {
  const dir = resolve(options.dir);
  const dataDir = join(dir, 'data');
  await claimDemoFolder(dir);
  await mkdir(dataDir, { recursive: true });
  const asAt = options.asAt ?? todayInLondon();
  const history = generateHistory({ seed: options.seed, childrenInCare: options.childrenInCare, asAt });
  await mkdir(join(dir, 'input'), { recursive: true });
  const eventsFile = join(dir, 'input', 'events.ndjson');
  const populationFile = join(dir, 'input', 'population.csv');
  await writeFile(eventsFile, toNdjson(history.events));
  await writeFile(populationFile, history.populationCsv);
  const targetsFile = join(dir, 'input', 'targets.json');
  await writeFile(targetsFile, `${JSON.stringify(DEMO_TARGETS, null, 2)}\n`);
  return { dir, dataDir, asAt, laCode: history.laCode, laName: history.laName, eventCount: history.events.length, eventsFile, populationFile, targetsFile };
}
