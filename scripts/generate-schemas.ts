/**
 * Writes schemas/: JSON Schema for every event type, the 903 code lists, and the DuckDB projection DDL; and the
 * event catalogue table in README.md (between its event-catalogue markers).
 * test/schemas.test.ts fails when these are stale: run `pnpm schemas` after changing an event or a table.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedReadme, expectedSchemaFiles } from './schemaFiles';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(repo, 'schemas');
for (const folder of ['events', 'codelists']) rmSync(join(root, folder), { recursive: true, force: true });
const files = expectedSchemaFiles();
for (const [path, content] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
const readmePath = join(repo, 'README.md');
writeFileSync(readmePath, expectedReadme(readFileSync(readmePath, 'utf8')));
console.log(`wrote ${files.size} files under schemas/ and the event and measure catalogue tables in README.md`);
