/**
 * Writes schemas/: JSON Schema for every event type, the 903 code lists, and the DuckDB projection DDL.
 * test/schemas.test.ts fails when these files are stale: run `pnpm schemas` after changing an event or a table.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedSchemaFiles } from './schemaFiles';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
for (const folder of ['events', 'codelists']) rmSync(join(root, folder), { recursive: true, force: true });
for (const [path, content] of expectedSchemaFiles()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
console.log(`wrote ${expectedSchemaFiles().size} files under schemas/`);
