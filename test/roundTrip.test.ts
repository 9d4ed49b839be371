import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEvent, type CaseEvent } from '@careledger/events';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { FileDeadLetterStore, IngestService } from '@careledger/ingest';
import { WaitingInMemory, importReturn, readCsvFolder, readXmlFile, type ImportReport, type Ssda903Reader } from '@careledger/import903';
import { headlineFigures } from '@careledger/measures';
import { computeAnnualReturn, type AnnualReturn } from '@careledger/returns';
import { withProjections } from '@careledger/returns/testing';
import {
  collectionYear, csvCells, read903Folder, tablesInYear, toXml, write903Folder, type CollectionYear, type TableName,
} from '@careledger/ssda903';
import { generateHistory, toNdjson } from '@careledger/synthetic';

// The 903 round trip: a synthetic LA's history in, four consecutive returns out (CSV and XML), those files imported
// into a fresh data store in a shuffled year order, and the same four returns out again, row for row.
const LA = '998';
const AS_AT = '2026-06-30';
const YEARS = [2023, 2024, 2025, 2026];
const SHUFFLED = [2025, 2023, 2026, 2024];
const FIRST_YEAR_START = collectionYear(YEARS[0]!).start;

const scratch = mkdtempSync(join(tmpdir(), 'careledger-roundtrip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Store {
  readonly log: EmbeddedEventLog;
  readonly ingest: IngestService;
  readonly deadLetters: FileDeadLetterStore;
  readonly waiting: WaitingInMemory;
  close(): Promise<void>;
}

async function openStore(name: string): Promise<Store> {
  const dir = join(scratch, name);
  const log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
  const deadLetters = new FileDeadLetterStore(join(dir, 'dead-letter.ndjson'));
  const ingest = await IngestService.open(log, deadLetters, undefined, { indexPath: join(dir, 'ingest-index.duckdb') });
  return { log, ingest, deadLetters, waiting: new WaitingInMemory(), close: async () => { await ingest.close(); await log.close(); } };
}

async function logEvents(log: EmbeddedEventLog): Promise<CaseEvent[]> {
  const events: CaseEvent[] = [];
  await log.replay(async (batch) => {
    for (const record of batch) {
      const decoded = decodeEvent(record.value);
      if (decoded.ok) events.push(decoded.event);
    }
  });
  return events;
}

const returnsOf = (events: readonly CaseEvent[]) => withProjections(events, async (store) => {
  const out = new Map<number, AnnualReturn>();
  for (const endYear of YEARS) out.set(endYear, await computeAnnualReturn(store, { laCode: LA, year: collectionYear(endYear), asAt: AS_AT }));
  return out;
});

type Cells = Record<string, string>;
const cellsOf = (annual: AnnualReturn, table: TableName): Cells[] => annual.tables[table].map((r) => csvCells(table, r as never, annual.year));
/** A table's rows as its file has them, order-normalised. */
const sortedLines = (rows: readonly Cells[]) => rows.map((r) => Object.values(r).join(',')).sort();
const iso = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');

/**
 * What four returns cannot say, and so what importing them cannot give back. Each is a fact before the first
 * imported year that no imported return states; every rule reads only the exported files, never the history.
 *
 * 1. The start of a period of care that began before the first imported year: its earliest episode in the returns
 *    (RNE P, L, ...) is where the imported history starts the period (import903's carried-in start), so it comes
 *    back as RNE S.
 * 2. Facts a return dates before that start (an adoption decision, a placement for adoption, before the episode the
 *    returns begin with): ingest refuses a fact dated before the child's care began, and it waits for ever.
 *    AD1 comes back without DATE_INT; PlacedAdoption rows so dated do not come back. (A social worker allocated
 *    before care is no such fact: a child has a worker before care, and SWEpisodes rows come back whatever their
 *    dates.)
 * 3. Care leavers who left care before the first imported year: no return has an episode of theirs, and ingest
 *    refuses a care leaver contact for a child never in care (it waits for ever), so their OC3 rows, and the Header
 *    rows OC3 gives them (rule 1012), do not come back.
 */
function normalisedForImport(exported: ReadonlyMap<number, AnnualReturn>) {
  const firstDecom = new Map<string, string>();
  for (const annual of exported.values()) {
    for (const e of cellsOf(annual, 'episodes')) {
      const decom = iso(e.DECOM!);
      if (!firstDecom.has(e.CHILD!) || decom < firstDecom.get(e.CHILD!)!) firstDecom.set(e.CHILD!, decom);
    }
  }
  const beforeCare = (child: string, ddmmyyyy: string) => { const start = firstDecom.get(child); return start !== undefined && start < FIRST_YEAR_START && iso(ddmmyyyy) < start; };
  return (annual: AnnualReturn, table: TableName): Cells[] => cellsOf(annual, table).flatMap((row): Cells[] => {
    const child = row.CHILD!;
    if (!firstDecom.has(child)) return table === 'header' || table === 'oc3' ? [] : [row];
    if (table === 'episodes' && iso(row.DECOM!) === firstDecom.get(child) && iso(row.DECOM!) < FIRST_YEAR_START) return [{ ...row, RNE: 'S' }];
    if (table === 'ad1' && row.DATE_INT && beforeCare(child, row.DATE_INT)) return [{ ...row, DATE_INT: '' }];
    if (table === 'placedAdoption' && beforeCare(child, row.DATE_PLACED!)) return [];
    return [row];
  });
}

let exported: Map<number, AnnualReturn>;
const folders = new Map<number, string>();
const xmlFiles = new Map<number, string>();

beforeAll(async () => {
  const history = generateHistory({ seed: 11, laCode: LA, childrenInCare: 90, historyYears: 5, asAt: AS_AT });
  const store = await openStore('original');
  const report = await store.ingest.ingestNdjson(toNdjson(history.events), 'synthetic');
  expect(report.rejected).toEqual([]);
  exported = await returnsOf(await logEvents(store.log));
  await store.close();
  for (const endYear of YEARS) {
    const annual = exported.get(endYear)!;
    const dir = join(scratch, 'exports', String(endYear));
    await write903Folder(join(dir, 'ssda903'), annual.tables, annual.year);
    writeFileSync(join(dir, 'ssda903.xml'), toXml(annual.tables, annual.year));
    folders.set(endYear, join(dir, 'ssda903'));
    xmlFiles.set(endYear, join(dir, 'ssda903.xml'));
  }
}, 120_000);

async function importYears(store: Store, read: Ssda903Reader, paths: ReadonlyMap<number, string>, order: readonly number[]): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const endYear of order) {
    const year: CollectionYear = collectionYear(endYear);
    reports.push(await importReturn(await read(paths.get(endYear)!, year), { laCode: LA, year }, store));
  }
  return reports;
}

const changes = (r: ImportReport) => r.appended + r.replaced + r.retracted;

// One import of each year, in any order, gives the whole history: a later return imported before the earlier one
// (which starts the child's period of care, or is the only one with the care leaver's episodes) states facts that
// ingest's chronology refuses for now; they wait (WaitingFacts) and are recorded when the earlier return comes. What
// still waits at the end is what no imported return can place: the normalisations below take it out.
describe.each([
  ['CSV folders, oldest first', readCsvFolder, folders, YEARS],
  ['CSV folders, shuffled', readCsvFolder, folders, SHUFFLED],
  ['DfE XML files, shuffled', readXmlFile, xmlFiles, SHUFFLED],
] as const)('the 903 round trip through %s', (name, read, paths, order) => {
  let reimported: Map<number, AnnualReturn>;
  let reports: ImportReport[];
  let store: Store;

  beforeAll(async () => {
    store = await openStore(name.replace(/\W/g, ''));
    reports = await importYears(store, read, paths, order);
    reimported = await returnsOf(await logEvents(store.log));
  }, 120_000);
  afterAll(async () => { await store.close(); });

  it('finds the files consistent (no contradiction between years) and refuses nothing', () => {
    expect(reports.flatMap((r) => r.contradictions)).toEqual([]);
    expect(reports.flatMap((r) => r.refused)).toEqual([]);
    // Oldest first, nothing waits for an earlier return but what none of them can place; shuffled, what waited is released.
    if (order === SHUFFLED) expect(reports.reduce((n, r) => n + r.released, 0)).toBeGreaterThan(0);
  });

  it('gives back every table of every year, row for row', () => {
    const expected = normalisedForImport(exported);
    for (const endYear of YEARS) {
      for (const table of tablesInYear(collectionYear(endYear))) {
        expect(sortedLines(cellsOf(reimported.get(endYear)!, table)), `${endYear} ${table}`).toEqual(sortedLines(expected(exported.get(endYear)!, table)));
      }
    }
  });

  it('computes from the imported history the figures `figures --from-903` computes from the files', async () => {
    for (const endYear of YEARS) {
      const year = collectionYear(endYear);
      const reading = await read903Folder(folders.get(endYear)!, year);
      expect(reading.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(reimported.get(endYear)!.figures, String(endYear)).toEqual(headlineFigures({ laCode: LA, year, tables: reading.tables }));
    }
  });

  it('changes nothing when the returns are imported again, in any order', async () => {
    const logged = (await logEvents(store.log)).length;
    const waitingBefore = reports.at(-1)!.waiting;
    const again = await importYears(store, read, paths, [2024, 2026, 2023, 2025]);
    expect(again.map(changes)).toEqual(YEARS.map(() => 0));
    expect(again.map((r) => r.released)).toEqual(YEARS.map(() => 0));
    expect(again.at(-1)!.waiting).toBe(waitingBefore);
    expect((await logEvents(store.log)).length).toBe(logged);
  });
});
