import { DuckDBInstance } from '@duckdb/node-api';
import { NotFoundError, sqlStringLiteral } from '@careledger/runtime';
import { attachViews, publishedFiles, type AnalystScope } from './session';
import { ANALYST_VIEWS } from './views/registry';

/**
 * One analyst view of the LAs in scope as a Parquet file at `path`, written by DuckDB as it reads (never held whole
 * in memory). No analyst SQL runs here, only careledger's own COPY of a named view, so this DuckDB may write files.
 * Returns the rows written.
 */
export async function exportViewParquet(dir: string, scope: AnalystScope, viewName: string, path: string): Promise<number> {
  const view = ANALYST_VIEWS.find((v) => v.name === viewName);
  if (!view) throw new NotFoundError('analyst.unknown_view', `no analyst view ${viewName}; there are ${ANALYST_VIEWS.map((v) => v.name).join(', ')}`, { view: viewName });
  const files = await publishedFiles(dir, scope);
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '2', memory_limit: '1GB' });
  const connection = await instance.connect();
  try {
    await attachViews(connection, files);
    const reader = await connection.runAndReadAll(`COPY (SELECT * FROM main."${view.name}") TO ${sqlStringLiteral(path)} (FORMAT parquet)`);
    return Number(reader.getRowsJS()[0]?.[0] ?? 0);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
