import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The SHA-256 of every file careledger wrote under `dir`, by path relative to it, sorted. The committee report
 * (report.html, report.json, report.pdf) is left out: it states when it was made.
 */
export function outputDigests(dir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!/^report\.(html|json|pdf)$/.test(entry.name)) digests[relative(dir, path)] = sha256(readFileSync(path));
    }
  };
  walk(dir);
  return digests;
}

export const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The digests recorded in `test/golden/<name>.json` before the speed work, which every later version must write
 * byte for byte. `CARELEDGER_WRITE_GOLDEN=1` records them again (only when an output is meant to change: say why
 * in the commit).
 */
export function goldenDigests(name: string, actual: Record<string, string>): Record<string, string> {
  const file = join(import.meta.dirname, '..', 'golden', `${name}.json`);
  if (process.env.CARELEDGER_WRITE_GOLDEN === '1') writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(file)) throw new Error(`test/golden/${name}.json is missing: record it with CARELEDGER_WRITE_GOLDEN=1 and commit it`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}
