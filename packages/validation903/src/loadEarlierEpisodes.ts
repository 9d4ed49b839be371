import type { DuckDBConnection } from '@duckdb/node-api';
import type { EarlierEpisode } from '@careledger/ssda903';

/**
 * The episodes before last year's return, as the table episodes_earlier (CHILD, DECOM_date, DEC_date, LS, REC):
 * empty for files from elsewhere, so the rules reading it run the same either way.
 */
export async function loadEarlierEpisodes(connection: DuckDBConnection, episodes: readonly EarlierEpisode[]): Promise<void> {
  await connection.run('CREATE TEMP TABLE earlier_as_given (CHILD VARCHAR, DECOM VARCHAR, DEC VARCHAR, LS VARCHAR, REC VARCHAR)');
  if (episodes.length > 0) {
    const appender = await connection.createAppender('earlier_as_given', 'main', 'temp');
    for (const e of episodes) {
      appender.appendVarchar(e.child);
      appender.appendVarchar(e.decom);
      appender.appendVarchar(e.dec);
      if (e.ls === null) appender.appendNull(); else appender.appendVarchar(e.ls);
      if (e.rec === null) appender.appendNull(); else appender.appendVarchar(e.rec);
      appender.endRow();
    }
    appender.closeSync();
  }
  await connection.run(`CREATE TABLE episodes_earlier AS
    SELECT CHILD, CAST(DECOM AS DATE) AS DECOM_date, CAST(DEC AS DATE) AS DEC_date, LS, REC FROM earlier_as_given`);
  await connection.run('DROP TABLE earlier_as_given');
}
