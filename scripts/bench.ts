/**
 * pnpm bench: ingest, fold and recompute on a generated regional history of over a million events, on the embedded
 * log and on Kafka, then one LA's 903 year exported, imported, folded and exported again (bench903.ts), printing
 * rows/s, events/s, seconds and peak memory. It never asserts a time.
 *
 *   pnpm bench [--las 48] [--skip-kafka] [--only region|903|measures (the catalogue and the committee report)] [--children-in-care 1000]
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes, randomUUID } from 'node:crypto';
import { AnalystSession, arrowIpcStream, publishAnalystData } from '@careledger/analyst';
import { collectionYear } from '@careledger/ssda903';
import { generateRegion, toNdjson, type SyntheticHistory } from '@careledger/synthetic';
import type { EventLog } from '@careledger/eventlog';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { IngestService, type DeadLetterStore } from '@careledger/ingest';
import { measureIndexOpen } from '@careledger/ingest/bench';
import { Projector, StorePerPartition } from '@careledger/projector';
import { ProjectionStore } from '@careledger/projections';
import { committeeReportInput, computeAnnualReturn } from '@careledger/returns';
import { catalogueRunsByLa, computeCatalogue, MEASURES, parsePopulationCsv } from '@careledger/measures';
import { openReportPrinter, renderReportHtml } from '@careledger/report';
import { generateHistory } from '@careledger/synthetic';
import { storedEvents } from '@careledger/projections';
import { BENCH_903_DEFAULTS, bench903, type StageCounts, type StageRunner } from './bench903';
import { benchValidation } from './benchValidation';

const { values } = parseArgs({
  options: {
    las: { type: 'string' }, 'skip-kafka': { type: 'boolean' }, brokers: { type: 'string' }, only: { type: 'string' },
    'children-in-care': { type: 'string' },
  },
});
const PARTS = ['region', '903', 'measures', 'validation'] as const;
if (values.only !== undefined && !(PARTS as readonly string[]).includes(values.only)) {
  console.error(`--only ${values.only}: choose one of ${PARTS.join(', ')}`);
  process.exit(1);
}
const runs = (part: (typeof PARTS)[number]) => values.only === undefined || values.only === part;
const AS_AT = '2026-11-30';
const laCount = Number(values.las ?? 48);
const brokers = (values.brokers ?? process.env.CARELEDGER_KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');
const workDir = join(process.cwd(), '.tmp', 'bench');
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });

let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);
const rows: string[][] = [];
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

const count = (n: number | undefined) => (n === undefined ? '-' : n.toLocaleString('en-GB'));
const perSecond = (n: number | undefined, seconds: number) => (n ? Math.round(n / seconds).toLocaleString('en-GB') : '-');

const stage: StageRunner = async (name, work, counted = () => ({})) => {
  peakRss = process.memoryUsage().rss;
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const { rows: rowCount, events }: StageCounts = counted(result);
  rows.push([name, count(rowCount), count(events), seconds.toFixed(2), perSecond(rowCount, seconds), perSecond(events, seconds), mb(peakRss)]);
  console.log(`  ${name}: ${seconds.toFixed(2)} s`);
  return { result, seconds };
};

const noDeadLetters: DeadLetterStore = { put: async () => {} };

/** Ingest as the CLI runs it: with its persisted index (duplicate ids, content hashes, chronology) beside the log. */
async function ingestAll(log: EventLog, histories: readonly SyntheticHistory[], indexPath: string): Promise<void> {
  const ingest = await IngestService.open(log, noDeadLetters, undefined, { indexPath });
  try {
    for (const history of histories) {
      const report = await ingest.ingestNdjson(toNdjson(history.events), history.laCode);
      if (report.rejected.length > 0) throw new Error(`bench data refused: ${JSON.stringify(report.rejected[0])}`);
    }
  } finally {
    await ingest.close();
  }
}

/** Opening ingest must cost the same on a long log as on an empty one: its index reads only what the log gained. */
async function ingestOpenRows(log: EventLog, indexPath: string, total: number): Promise<void> {
  const empty = await EmbeddedEventLog.open({ directory: join(workDir, 'empty-log') });
  const onEmpty = await measureIndexOpen(empty, { indexPath: join(workDir, 'empty-index.duckdb') });
  await empty.close();
  const onLong = await measureIndexOpen(log, { indexPath });
  rows.push(['embedded: open ingest on an empty log', '-', '0', onEmpty.reopen.seconds.toFixed(3), '-', '-', mb(process.memoryUsage().rss)]);
  rows.push([`embedded: open ingest on the ${total.toLocaleString('en-GB')}-event log (index read ${onLong.reopen.records} records)`, '-', '0', onLong.reopen.seconds.toFixed(3), '-', '-', mb(process.memoryUsage().rss)]);
  console.log(`  open ingest: ${onEmpty.reopen.seconds.toFixed(3)} s on an empty log, ${onLong.reopen.seconds.toFixed(3)} s on ${total} events`);
}

async function deleteTopic(topic: string): Promise<void> {
  const { createKafkaClient } = await import('@careledger/eventlog-kafka');
  const { silentLogger } = await import('@careledger/runtime');
  const admin = createKafkaClient({ brokers, clientId: 'careledger-bench' }, silentLogger).admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic], timeout: 30_000 }).catch(() => undefined);
  await admin.disconnect();
}

/**
 * What analysts do on the region: the projector's publication of every LA's views, a typical query over all LAs
 * (its latency, opening the published files included) and an Arrow export of every episode.
 */
async function benchAnalyst(store: ProjectionStore, laCount: number): Promise<void> {
  const dir = join(workDir, 'analyst');
  await stage(`analyst: publish the views of all ${laCount} LAs, plain and pseudonymised`, () => publishAnalystData(store.connection, { dir, pseudonymKey: randomBytes(32) }));
  const query = 'SELECT la_code, place, count(*) AS open_episodes FROM episodes WHERE dec IS NULL GROUP BY ALL ORDER BY la_code, place';
  await stage(`analyst: a typical query over ${laCount} LAs (open the published files, group open episodes)`, async () => {
    const session = await AnalystSession.open(dir, { laCodes: 'all' });
    try { return await session.query(query); } finally { session.close(); }
  }, (result) => ({ rows: result.rows.length }));
  await stage('analyst: every episode of the region as an Arrow IPC stream (as POST /sql streams it)', async () => {
    const session = await AnalystSession.open(dir, { laCodes: 'all' }, { timeoutMs: 600_000, maxRows: 50_000_000 });
    let rows = 0;
    const counted = (async function* () { for await (const part of session.stream('SELECT * FROM episodes')) { rows += part.rows.length; yield part; } })();
    try { for await (const bytes of arrowIpcStream(counted)) void bytes; return rows; } finally { session.close(); }
  }, (rows) => ({ rows }));
}

/** The regional run: ingest, fold and recompute on a generated region, on the embedded log and on Kafka. */
async function benchRegion(): Promise<void> {
  console.log(`careledger bench: ${laCount} synthetic LAs of ~350 children, 8 years of history, as at ${AS_AT}`);
  const { result: histories } = await stage('generate', async () => generateRegion({ laCount, asAt: AS_AT }),
    (generated) => ({ events: generated.reduce((n, h) => n + h.events.length, 0) }));
  const total = histories.reduce((n, h) => n + h.events.length, 0);
  console.log(`  ${total.toLocaleString('en-GB')} events`);

  // Embedded log
  const log = await EmbeddedEventLog.open({ directory: join(workDir, 'log') });
  const indexPath = join(workDir, 'ingest-index.duckdb');
  await stage('embedded: ingest (validate, index, append, fsync per 5k)', () => ingestAll(log, histories, indexPath), () => ({ events: total }));
  await ingestOpenRows(log, indexPath, total);
  const store = await ProjectionStore.open({ path: join(workDir, 'projections.duckdb') });
  await stage('embedded: fold (log -> DuckDB, derive episodes)', () => new Projector(log, store, { batchSize: 100_000, deriveEvery: 2_000_000, trustLog: true }).catchUp(), () => ({ events: total }));
  const first = histories[0]!;
  const population = parsePopulationCsv(first.populationCsv);
  await stage(`recompute one LA (${first.laCode}), year 2025-26`, () => computeAnnualReturn(store, { laCode: first.laCode, year: collectionYear(2026), asAt: AS_AT, population }));
  await stage(`recompute all ${laCount} LAs, year 2025-26`, async () => {
    for (const history of histories) await computeAnnualReturn(store, { laCode: history.laCode, year: collectionYear(2026), asAt: AS_AT });
  });
  await stage(`measure catalogue, one LA (${first.laCode}): ${MEASURES.length} measures, 12 months + 4 quarters + the year`, () => computeCatalogue(store, { laCode: first.laCode, year: collectionYear(2026), population }), (run) => ({ rows: run.figures.length }));
  await stage(`measure catalogue, all ${laCount} LAs`, async () => {
    let figures = 0;
    const regionPopulation = histories.flatMap((h) => parsePopulationCsv(h.populationCsv));
    for await (const run of catalogueRunsByLa(store, { laCodes: histories.map((h) => h.laCode), year: collectionYear(2026), population: regionPopulation })) figures += run.figures.length;
    return figures;
  }, (figures) => ({ rows: figures }));
  await benchAnalyst(store, histories.length);
  store.close();
  await log.close();

  if (!values['skip-kafka']) {
    const { KafkaEventLog } = await import('@careledger/eventlog-kafka');
    const topic = `bench-${randomUUID()}`;
    const kafkaLog = await KafkaEventLog.open({ brokers, topic, partitions: 6 });
    await stage('kafka: ingest (validate, index, append, acks=all, 6 partitions)', () => ingestAll(kafkaLog, histories, join(workDir, 'kafka-ingest-index.duckdb')), () => ({ events: total }));
    const stores = new StorePerPartition({ directory: join(workDir, 'kafka-projections') });
    await stage('kafka: fold (consumer group member, 6 partition DuckDBs)', () =>
      new Projector(kafkaLog, stores, { consumer: `bench-${randomUUID()}`, timeoutMs: 900_000 }).catchUp(), () => ({ events: total }));
    await stores.close();
    await kafkaLog.close();
    await deleteTopic(topic);
  }
}

/** The measure catalogue on its own: one 350-child LA folded, then every measure over the year's periods. */
async function benchMeasures(): Promise<void> {
  const history = generateHistory({ asAt: AS_AT });
  const store = await ProjectionStore.open({ path: join(workDir, 'measures.duckdb') });
  await store.foldBatch('bench', storedEvents(history.events), new Map([[0, history.events.length]]));
  await store.deriveDirtyChildren();
  const population = parsePopulationCsv(history.populationCsv);
  await stage(`measure catalogue, one LA of ${history.events.length.toLocaleString('en-GB')} events: ${MEASURES.length} measures, 12 months + 4 quarters + the year`,
    () => computeCatalogue(store, { laCode: history.laCode, year: collectionYear(2026), population }), (run) => ({ rows: run.figures.length }));
  // The committee report as `careledger report --format pdf` makes it: Chromium launched while the figures are computed.
  await stage('committee report, one LA and year: figures, HTML and PDF (aim under 5 s)', async () => {
    const printer = openReportPrinter();
    printer.catch(() => undefined);
    try {
      const input = await committeeReportInput(store, { laCode: history.laCode, year: collectionYear(2026), period: { grain: 'year' }, mode: 'public', population, refusedEvents: { count: 0, byReason: [] } });
      const html = await renderReportHtml(input);
      const pdf = await (await printer).print(html);
      return { figures: input.figures.length, pdfBytes: pdf.length };
    } finally {
      await printer.then((p) => p.close(), () => undefined);
    }
  }, (report) => ({ rows: report.figures }));
  store.close();
}

async function main(): Promise<void> {
  if (runs('region')) await benchRegion();
  if (values.only === 'measures') await benchMeasures();
  const summary: string[] = [];
  if (runs('903')) {
    const childrenInCare = values['children-in-care'] === undefined ? BENCH_903_DEFAULTS.childrenInCare : Number(values['children-in-care']);
    summary.push(...await bench903(stage, join(workDir, '903'), { ...BENCH_903_DEFAULTS, childrenInCare }));
  }
  if (runs('validation')) summary.push(...await benchValidation(stage, workDir));
  clearInterval(sampler);
  const header = ['stage', 'rows', 'events', 'seconds', 'rows/s', 'events/s', 'peak RSS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
  if (summary.length > 0) console.log(`\n${summary.join('\n')}`);
  console.log(`\nNode ${process.version}, ${(await import('node:os')).cpus().length} cores; max RSS of the process ${mb(process.resourceUsage().maxRSS * 1024)}`);
  rmSync(workDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
