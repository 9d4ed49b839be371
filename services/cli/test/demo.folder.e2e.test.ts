import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_CODE } from '@careledger/runtime';
import { claimDemoFolder, DEMO_MARKER } from '../src/commands/demoFolder';
import { runCliResult, STACK_LINE } from '../../../test/support/cli';

const scratch = mkdtempSync(join(tmpdir(), 'careledger-demo-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file and folder under `dir` with its bytes, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) { files[`${relative(dir, path)}/`] = ''; walk(path); } else files[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return files;
}

/** A council's real data folder, as careledger ingest leaves it: an event log, no demo marker at the top. */
function councilFolder(name: string, extra: (dir: string) => void = () => {}): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'data', 'eventlog'), { recursive: true });
  writeFileSync(join(dir, 'data', 'eventlog', '00000000.log'), 'a real council\'s events\n');
  extra(dir);
  return dir;
}

describe('the demo never writes into or deletes data it did not make', () => {
  it.each([
    ['an unmarked folder with an event log', councilFolder('council')],
    // Older demos wrote their marker into data/ of folders they had not made, so a marker there proves nothing.
    ['a folder whose data/ an older demo marked', councilFolder('council-marked-by-old-demo', (dir) => writeFileSync(join(dir, 'data', DEMO_MARKER), 'made by careledger demo\n'))],
  ])('refuses %s (invalid) and leaves it byte-identical', async (_what, dir) => {
    const before = snapshot(dir);
    for (const flag of ['--out', '--dir']) {
      const result = await runCliResult(['demo', flag, dir, '--children', '20', '--as-at', '2026-06-01']);
      expect(result.code).toBe(EXIT_CODE.invalid);
      expect(result.stderr).toContain(`careledger: ${dir} already exists and was not made by careledger demo`);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(snapshot(dir)).toEqual(before);
    }
  }, 60_000);

  it('takes a new or empty folder, marks it at the top, and on a later run clears only the data it made', async () => {
    const fresh = join(scratch, 'fresh', 'demo');
    await claimDemoFolder(fresh);
    expect(readdirSync(fresh)).toEqual([DEMO_MARKER]);

    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    await claimDemoFolder(empty);
    expect(existsSync(join(empty, DEMO_MARKER))).toBe(true);

    mkdirSync(join(fresh, 'data', 'eventlog'), { recursive: true });
    writeFileSync(join(fresh, 'data', 'eventlog', '00000000.log'), 'the earlier demo run\'s events\n');
    mkdirSync(join(fresh, 'returns'));
    await claimDemoFolder(fresh);
    expect(readdirSync(fresh).sort()).toEqual([DEMO_MARKER, 'returns']);
  });

  it('refuses a path that is a file', async () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a folder\n');
    await expect(claimDemoFolder(file)).rejects.toMatchObject({ kind: 'invalid', code: 'demo.folder.not_a_folder' });
    expect(readFileSync(file, 'utf8')).toBe('not a folder\n');
  });
});
