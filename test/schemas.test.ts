import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_TABLE_END, CATALOGUE_TABLE_START, EVENT_TYPES } from '@careledger/events';
import { expectedReadme, expectedSchemaFiles } from '../scripts/schemaFiles';

const root = join(import.meta.dirname, '..', 'schemas');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [relative(root, join(dir, entry.name))]);
}

describe('schemas/', () => {
  it('holds exactly the generated JSON Schemas, code lists and projection DDL (run `pnpm schemas` if this fails)', () => {
    const expected = expectedSchemaFiles();
    expect(filesUnder(root).filter((f) => f !== 'README.md').sort()).toEqual([...expected.keys()].sort());
    for (const [path, content] of expected) {
      expect(readFileSync(join(root, path), 'utf8'), `schemas/${path} is stale`).toBe(content);
    }
  });
});

describe('README event catalogue', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

  it('is the table generated from the registry (run `pnpm schemas` if this fails)', () => {
    expect(readme, 'README.md event catalogue table is stale').toBe(expectedReadme(readme));
  });

  it('has one row per event type between its markers', () => {
    const section = readme.slice(readme.indexOf(CATALOGUE_TABLE_START), readme.indexOf(CATALOGUE_TABLE_END));
    expect(section.split('\n').filter((line) => line.startsWith('| `')).map((line) => line.split('`')[1])).toEqual(EVENT_TYPES);
  });

  it('would fail on a hand-edited table', () => {
    const edited = readme.replace('| `ReviewHeld` |', '| `ReviewHeld` | edited |');
    expect(edited).not.toBe(readme);
    expect(expectedReadme(edited)).not.toBe(edited);
  });
});
