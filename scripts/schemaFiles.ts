import { generatedSchemaFiles, withEventCatalogueTable } from '@careledger/events';
import { PROJECTION_DDL } from '@careledger/projections';
import { withMeasureCatalogueTable } from '@careledger/measures';

/** Every file under schemas/, by relative path. */
export function expectedSchemaFiles(): Map<string, string> {
  const files = generatedSchemaFiles();
  const ddl = PROJECTION_DDL.map((statement) => `${statement.replace(/\n {2,}/g, '\n  ').trim()};`).join('\n\n');
  files.set('projections.sql', `-- DuckDB projection tables, generated from packages/projections/src/storage/store.sql and packages/ssda903/src/derive/*.sql (pnpm schemas)\n\n${ddl}\n`);
  return files;
}

/** README.md as it should be: `readme` with its event and measure catalogue tables generated from their registries. */
export function expectedReadme(readme: string): string {
  return withMeasureCatalogueTable(withEventCatalogueTable(readme));
}
