/**
 * The 903 round trip of `pnpm bench --only 903`: one synthetic LA's year of about 2,000 children exported (CSV and
 * XML), imported into a fresh data store, folded and exported again, as `careledger export903`, `import903`,
 * `project` and `export903` run them. The issue's aim is the import, fold and export of such a year in under 5 s on
 * 2 cores: the total is printed beside it, as information, never asserted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { FileDeadLetterStore, IngestService } from '@careledger/ingest';
import { WaitingInFiles, importReturn, readCsvFolder, readXmlFile, type ImportReport, type Ssda903Reader } from '@careledger/import903';
import { Projector } from '@careledger/projector';
import { ProjectionStore } from '@careledger/projections';
import { computeAnnualReturn, type AnnualReturn } from '@careledger/returns';
import { TABLES, TABLE_NAMES, collectionYear, tablesInYear, toXml, write903Folder, type CollectionYear } from '@careledger/ssda903';
import { generateHistory, toNdjson } from '@careledger/synthetic';
import type { StageTimings } from '@careledger/runtime';

/** What a stage did, for its row of the table: 903 rows, case events, or both. */
export interface StageCounts {
  readonly rows?: number;
  readonly events?: number;
}

/** Times `work`, samples peak memory and adds the stage's row to the table; `count` reads the counts off its result. */
export type StageRunner = <T>(name: string, work: () => Promise<T>, count?: (result: T) => StageCounts, timings?: StageTimings) => Promise<{ result: T; seconds: number }>;

export interface Bench903Options {
  /** Steady-state number in care the synthetic LA is generated with: 1,000 gives about 2,000 children in the year (1,989 in 2025-26). */
  readonly childrenInCare: number;
  readonly asAt: string;
  readonly year: CollectionYear;
}

export const BENCH_903_DEFAULTS: Bench903Options = { childrenInCare: 1_000, asAt: '2026-11-30', year: collectionYear(2026) };

/** The issue's aim for a 2,000-child year imported, folded and exported. */
const AIM_SECONDS = 5;
const LA_CODE = '903';

const rowsOf = (annual: AnnualReturn) => TABLE_NAMES.reduce((n, t) => n + annual.tables[t].length, 0);
const eventsOf = (report: ImportReport) => report.appended + report.replaced + report.retracted;

/** A data store of the CLI's shape, embedded: log, ingest index, dead letters and projections in one folder. */
interface DataStore {
  readonly log: EmbeddedEventLog;
  readonly store: ProjectionStore;
  readonly directory: string;
  close(): Promise<void>;
}

async function openDataStore(directory: string): Promise<DataStore> {
  mkdirSync(directory, { recursive: true });
  const log = await EmbeddedEventLog.open({ directory: join(directory, 'log') });
  const store = await ProjectionStore.open({ path: join(directory, 'projections.duckdb') });
  return { log, store, directory, close: async () => { store.close(); await log.close(); } };
}

async function ingestInto(data: DataStore, work: (ingest: IngestService, deadLetters: FileDeadLetterStore) => Promise<void>): Promise<void> {
  const deadLetters = new FileDeadLetterStore(join(data.directory, 'dead-letter.ndjson'));
  const ingest = await IngestService.open(data.log, deadLetters, undefined, { indexPath: join(data.directory, 'ingest-index.duckdb') });
  try {
    await work(ingest, deadLetters);
  } finally {
    await ingest.close();
  }
}

const fold = (data: DataStore) => new Projector(data.log, data.store, { consumer: 'projector', trustLog: true }).catchUp();

async function importInto(data: DataStore, read: Ssda903Reader, path: string, year: CollectionYear): Promise<ImportReport> {
  const input = await read(path, year);
  let report: ImportReport | undefined;
  await ingestInto(data, async (ingest, deadLetters) => {
    report = await importReturn(input, { laCode: LA_CODE, year }, { log: data.log, ingest, deadLetters, waiting: new WaitingInFiles(join(data.directory, 'import903')) });
  });
  return report!;
}

/** The tables whose CSVs differ between two exports of one year (nothing, when the round trip keeps the return). */
function differingTables(first: string, second: string, year: CollectionYear): string[] {
  return tablesInYear(year).filter((t) => readFileSync(join(first, TABLES[t].fileName), 'utf8') !== readFileSync(join(second, TABLES[t].fileName), 'utf8'))
    .map((t) => TABLES[t].dfeName);
}

/** Runs the 903 stages into the bench's table; returns the lines to print below it (the round trip, the aim). */
export async function bench903(stage: StageRunner, workDir: string, options: Bench903Options = BENCH_903_DEFAULTS): Promise<string[]> {
  const { asAt, year } = options;
  const scope = { laCode: LA_CODE, year, asAt };
  console.log(`careledger bench 903: one synthetic LA (${LA_CODE}, ${options.childrenInCare.toLocaleString('en-GB')} in care at a time), year ${year.label} as at ${asAt}`);

  // Setup, not the aim: the LA's case history in a first data store, for a return to export.
  const { result: history } = await stage('903 setup: generate the LA\'s history', async () => generateHistory({ laCode: LA_CODE, childrenInCare: options.childrenInCare, asAt }),
    (h) => ({ events: h.events.length }));
  const source = await openDataStore(join(workDir, 'source'));
  await stage('903 setup: ingest and fold the history', async () => {
    await ingestInto(source, async (ingest) => {
      const report = await ingest.ingestNdjson(toNdjson(history.events), LA_CODE);
      if (report.rejected.length > 0) throw new Error(`bench data refused: ${JSON.stringify(report.rejected[0])}`);
    });
    await fold(source);
  }, () => ({ events: history.events.length }));

  const csvDir = join(workDir, 'export-csv');
  const xmlFile = join(workDir, 'export.xml');
  const { result: exported } = await stage(`903 export ${year.label} as CSV (compute the return, write the folder)`, async () => {
    const annual = await computeAnnualReturn(source.store, scope);
    await write903Folder(csvDir, annual.tables, annual.year);
    return annual;
  }, (annual) => ({ rows: rowsOf(annual) }));
  await stage(`903 export ${year.label} as XML (compute the return, write the file)`, async () => {
    const annual = await computeAnnualReturn(source.store, scope);
    writeFileSync(xmlFile, toXml(annual.tables, annual.year));
    return annual;
  }, (annual) => ({ rows: rowsOf(annual) }));
  const children = exported.tables.header.length;
  console.log(`  the year's return: ${children.toLocaleString('en-GB')} children, ${rowsOf(exported).toLocaleString('en-GB')} rows (${TABLE_NAMES.map((t) => `${exported.tables[t].length} ${TABLES[t].dfeName}`).join(', ')})`);

  // The round trip the aim is about: a fresh data store, as a team moving to careledger starts with.
  const fresh = await openDataStore(join(workDir, 'fresh'));
  const imported = await stage('903 import the CSV folder into a fresh data store', () => importInto(fresh, readCsvFolder, csvDir, year),
    (r) => ({ rows: r.rows, events: eventsOf(r) }));
  const folded = await stage('903 fold the imported events (log -> DuckDB, derive episodes)', () => fold(fresh), (r) => ({ events: r.folded }));
  const againDir = join(workDir, 'export-again');
  const again = await stage(`903 export ${year.label} again as CSV`, async () => {
    const annual = await computeAnnualReturn(fresh.store, scope);
    await write903Folder(againDir, annual.tables, annual.year);
    return annual;
  }, (annual) => ({ rows: rowsOf(annual) }));
  // Beyond the aim: importing what is already there must change nothing, and read what earlier imports recorded fast.
  const reimported = await stage('903 import the CSV folder again (every fact already imported)', () => importInto(fresh, readCsvFolder, csvDir, year),
    (r) => ({ rows: r.rows, events: eventsOf(r) }));
  await fresh.close();
  const intoHistory = await stage(`903 import the CSV folder into the store of the LA's ${history.events.length.toLocaleString('en-GB')}-event case history`,
    () => importInto(source, readCsvFolder, csvDir, year), (r) => ({ rows: r.rows, events: eventsOf(r) }));
  await source.close();

  const xmlStore = await openDataStore(join(workDir, 'fresh-xml'));
  const importedXml = await stage('903 import the XML file into a fresh data store', () => importInto(xmlStore, readXmlFile, xmlFile, year),
    (r) => ({ rows: r.rows, events: eventsOf(r) }));
  await xmlStore.close();

  const summary: string[] = [];
  const imports = [['CSV', imported.result], ['XML', importedXml.result], ['CSV re-import', reimported.result], ['CSV into the case history', intoHistory.result]] as const;
  for (const [what, report] of imports) {
    summary.push(`903 ${what}: ${report.rows} rows, ${report.facts} facts, ${report.appended} appended, ${report.unchanged} unchanged, ${report.replaced} replaced, ${report.retracted} withdrawn, ${report.waiting} waiting for an earlier return, ${report.refused.length} refused${report.refused[0] ? ` (first: ${report.refused[0].file} line ${report.refused[0].line}: ${report.refused[0].column}: ${report.refused[0].reason})` : ''}`);
  }
  const differing = differingTables(csvDir, againDir, year);
  summary.push(`903 round trip: the second export ${differing.length === 0 ? 'is identical to the first' : `differs from the first in ${differing.join(', ')}`}`);
  const total = imported.seconds + folded.seconds + again.seconds;
  summary.push(`903 import + fold + export of ${children.toLocaleString('en-GB')} children: ${total.toFixed(2)} s (the aim: under ${AIM_SECONDS} s on 2 cores; ${total < AIM_SECONDS ? 'within it' : 'over it'})`);
  return summary;
}
