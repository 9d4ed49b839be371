import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedSchemaFiles } from '../scripts/schemaFiles';

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
