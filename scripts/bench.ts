/**
 * pnpm bench: ingest, fold and recompute on a generated regional history of over a million events, on the embedded
 * log and on Kafka, then one LA's 903 year exported, imported, folded and exported again (bench903.ts), printing
 * rows/s, events/s, seconds and peak memory. It never asserts a time.
 *
 * Every event rate is also printed as a ratio to the rate plain JSON.parse reads the same events at, measured in the
 * same run (absolute rates differ 2x between machines; ratios do not), and each timed stage's time is broken down by
 * step.
 *
 *   pnpm bench [--las 48] [--years 8] [--children-per-la 350] [--skip-kafka] [--only region|903|measures (the catalogue and the committee report)] [--children-in-care 1000]
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes, randomUUID } from 'node:crypto';
import { AnalystSession, arrowIpcStream, publishAnalystData } from '@careledger/analyst';
import { collectionYear } from '@careledger/ssda903';
import { regionHistories, splitOffLastDay, toNdjson } from '@careledger/synthetic';
import type { CaseEvent } from '@careledger/events';
import { selectEarlierEpisodes, selectReturn } from '@careledger/ssda903';
import { returnFromTables, validateReturn } from '@careledger/validation903';
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
import { loadConfig, StageTimings } from '@careledger/runtime';
import { continuousValidation } from '../services/cli/src/composition';
import { BENCH_903_DEFAULTS, bench903, type StageCounts, type StageRunner } from './bench903';
import { benchValidation } from './benchValidation';

const { values } = parseArgs({
  options: {
    las: { type: 'string' }, years: { type: 'string' }, 'skip-kafka': { type: 'boolean' }, brokers: { type: 'string' }, only: { type: 'string' },
    'children-in-care': { type: 'string' }, 'children-per-la': { type: 'string' },
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
const historyYears = values.years === undefined ? undefined : Number(values.years);
/** Children in care per synthetic LA (350 by default; England's average LA has about 550). */
const childrenPerLa = Number(values['children-per-la'] ?? 350);
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

/** Events per second plain JSON.parse reads the region's events at, once measured: the yardstick of every ratio. */
let jsonParseRate: number | undefined;
const ratio = (events: number | undefined, seconds: number) => (events && jsonParseRate ? `${(events / seconds / jsonParseRate).toFixed(2)}x` : '-');
/** Each broken-down stage's steps, printed after the table. */
const breakdowns: { stage: string; seconds: number; steps: [string, number][] }[] = [];

const stage: StageRunner = async (name, work, counted = () => ({}), timings?: StageTimings) => {
  peakRss = process.memoryUsage().rss;
  timings?.clear();
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const { rows: rowCount, events }: StageCounts = counted(result);
  rows.push([name, count(rowCount), count(events), seconds.toFixed(2), perSecond(rowCount, seconds), perSecond(events, seconds), ratio(events, seconds), mb(peakRss)]);
  console.log(`  ${name}: ${seconds.toFixed(2)} s`);
  if (timings) breakdowns.push({ stage: name, seconds, steps: timings.steps() });
  return { result, seconds };
};

const noDeadLetters: DeadLetterStore = { put: async () => {} };

/** Opening ingest must cost the same on a long log as on an empty one: its index reads only what the log gained. */
async function ingestOpenRows(log: EventLog, indexPath: string, total: number): Promise<void> {
  const empty = await EmbeddedEventLog.open({ directory: join(workDir, 'empty-log') });
  const onEmpty = await measureIndexOpen(empty, { indexPath: join(workDir, 'empty-index.duckdb') });
  await empty.close();
  const onLong = await measureIndexOpen(log, { indexPath });
  rows.push(['embedded: open ingest on an empty log', '-', '0', onEmpty.reopen.seconds.toFixed(3), '-', '-', '-', mb(process.memoryUsage().rss)]);
  rows.push([`embedded: open ingest on the ${total.toLocaleString('en-GB')}-event log (index read ${onLong.reopen.records} records)`, '-', '0', onLong.reopen.seconds.toFixed(3), '-', '-', '-', mb(process.memoryUsage().rss)]);
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

/** One LA of the generated region, as the stages after ingest need it (its events are not kept). */
interface BenchLa {
  readonly laCode: string;
  readonly populationCsv: string;
}

/** A row of the table for work timed in pieces (generation interleaved with ingest, LA by LA). */
function addRow(name: string, counts: StageCounts, seconds: number, peak: number, timings?: StageTimings): void {
  rows.push([name, count(counts.rows), count(counts.events), seconds.toFixed(2), perSecond(counts.rows, seconds), perSecond(counts.events, seconds), ratio(counts.events, seconds), mb(peak)]);
  console.log(`  ${name}: ${seconds.toFixed(2)} s`);
  if (timings) breakdowns.push({ stage: name, seconds, steps: timings.steps() });
}

/**
 * Generates the region LA by LA and ingests each as it is made, so no more than one LA's events is ever held: the
 * generation, the JSON.parse yardstick and the ingest are timed apart. The last day's events are held back.
 */
async function generateAndIngest(log: EventLog, indexPath: string, timings: StageTimings, label: string): Promise<{ las: BenchLa[]; lastDay: CaseEvent[][]; total: number }> {
  const las: BenchLa[] = [];
  const lastDay: CaseEvent[][] = [];
  let total = 0;
  let generating = 0;
  let parsing = 0;
  let ingesting = 0;
  timings.clear();
  const peakBefore = process.memoryUsage().rss;
  peakRss = peakBefore;
  const ingest = await IngestService.open(log, noDeadLetters, undefined, { indexPath, timings });
  try {
    let started = performance.now();
    for (const history of regionHistories({ laCount, asAt: AS_AT, childrenInCarePerLa: childrenPerLa, ...(historyYears ? { historyYears } : {}) })) {
      const split = splitOffLastDay(history.events);
      const ndjson = toNdjson(split.earlier);
      generating += (performance.now() - started) / 1000;
      parsing += timeJsonParse(ndjson);
      started = performance.now();
      const report = await ingest.ingestNdjson(ndjson, history.laCode);
      if (report.rejected.length > 0) throw new Error(`bench data refused: ${JSON.stringify(report.rejected[0])}`);
      ingesting += (performance.now() - started) / 1000;
      las.push({ laCode: history.laCode, populationCsv: history.populationCsv });
      lastDay.push(split.lastDay);
      total += split.earlier.length;
      started = performance.now();
    }
  } finally {
    await ingest.close();
  }
  if (label === 'embedded') {
    jsonParseRate = total / parsing;
    addRow('generate (LA by LA, as each is ingested)', { events: total }, generating, peakRss);
    addRow('JSON.parse of every event line (the yardstick)', { events: total }, parsing, peakRss);
  }
  addRow(`${label}: ingest (validate, duplicates, chronology, append, ${label === 'kafka' ? 'acks=all, 6 partitions' : 'fsync in group commits'})`, { events: total }, ingesting, peakRss, timings);
  return { las, lastDay, total };
}

/**
 * Seconds plain JSON.parse takes over an NDJSON text's lines, split as ingest splits them: the fastest JavaScript can
 * read the events at all. Best of two passes (the first warms the parser up).
 */
function timeJsonParse(ndjson: string): number {
  let best = Infinity;
  let sink = 0;
  for (let pass = 0; pass < 2; pass++) {
    const started = performance.now();
    for (const line of ndjson.split('\n')) if (line.length > 0) sink += (JSON.parse(line) as { type: string }).type.length;
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  if (sink === 0) throw new Error('no events parsed');
  return best;
}

/** The regional run: ingest, fold and recompute on a generated region, on the embedded log and on Kafka. */
async function benchRegion(): Promise<void> {
  console.log(`careledger bench: ${laCount} synthetic LAs of ~${childrenPerLa} children in care, ${historyYears ?? 8} years of history, as at ${AS_AT}`);
  const timings = new StageTimings();
  // The continuous DfE validation, as `careledger project` runs it after the fold, with no reference files.
  const checkDerived = continuousValidation(loadConfig({ env: {}, overrides: { dataDir: workDir } }));

  // Embedded log
  const log = await EmbeddedEventLog.open({ directory: join(workDir, 'log') });
  const indexPath = join(workDir, 'ingest-index.duckdb');
  const { las, lastDay, total } = await generateAndIngest(log, indexPath, timings, 'embedded');
  await ingestOpenRows(log, indexPath, total);
  const store = await ProjectionStore.open({ path: join(workDir, 'projections.duckdb') });
  const projector = new Projector(log, store, { batchSize: 50_000, deriveEvery: 2_000_000, trustLog: true, checkDerived, timings });
  await stage('embedded: fold (log -> DuckDB, every derivation, the continuous DfE check)', () => projector.catchUp(), () => ({ events: total }), timings);
  await benchNightly(log, store, projector, las, lastDay, timings);
  const first = las[0]!;
  const population = parsePopulationCsv(first.populationCsv);
  const regionPopulation = las.flatMap((la) => parsePopulationCsv(la.populationCsv));
  await stage(`recompute one LA (${first.laCode}), year 2025-26`, () => computeAnnualReturn(store, { laCode: first.laCode, year: collectionYear(2026), asAt: AS_AT, population }));
  await stage(`recompute all ${laCount} LAs, year 2025-26`, async () => {
    for (const la of las) await computeAnnualReturn(store, { laCode: la.laCode, year: collectionYear(2026), asAt: AS_AT });
  });
  await stage(`DfE validation of all ${laCount} LAs' 2025-26 returns (and 2024-25 as _last)`, async () => {
    let failures = 0;
    for (const la of las) failures += (await validateLa(store, la.laCode)).failures.length;
    return failures;
  }, (failures) => ({ rows: failures }));
  await stage(`measure catalogue, one LA (${first.laCode}): ${MEASURES.length} measures, 12 months + 4 quarters + the year`, () => computeCatalogue(store, { laCode: first.laCode, year: collectionYear(2026), population }), (run) => ({ rows: run.figures.length }));
  await stage(`measure catalogue, all ${laCount} LAs`, async () => {
    let figures = 0;
    for await (const run of catalogueRunsByLa(store, { laCodes: las.map((la) => la.laCode), year: collectionYear(2026), population: regionPopulation })) figures += run.figures.length;
    return figures;
  }, (figures) => ({ rows: figures }));
  await benchAnalyst(store, las.length);
  store.close();
  await log.close();

  if (!values['skip-kafka']) {
    const { KafkaEventLog } = await import('@careledger/eventlog-kafka');
    const topic = `bench-${randomUUID()}`;
    const kafkaLog = await KafkaEventLog.open({ brokers, topic, partitions: 6 });
    await generateAndIngest(kafkaLog, join(workDir, 'kafka-ingest-index.duckdb'), timings, 'kafka');
    const stores = new StorePerPartition({ directory: join(workDir, 'kafka-projections') });
    await stage('kafka: fold (consumer group member, 6 partition DuckDBs, every derivation, the continuous DfE check)', () =>
      new Projector(kafkaLog, stores, { consumer: `bench-${randomUUID()}`, timeoutMs: 900_000, checkDerived, timings }).catchUp(), () => ({ events: total }), timings);
    await stores.close();
    await kafkaLog.close();
    await deleteTopic(topic);
  }
}

/** The DfE rules over one LA's 2025-26 return with 2024-25's as _last, as `careledger validate` runs them. */
async function validateLa(store: ProjectionStore, laCode: string) {
  const year = collectionYear(2026);
  const before = collectionYear(2025);
  const current = await selectReturn(store, { laCode, year, asAt: AS_AT });
  const previous = await selectReturn(store, { laCode, year: before, asAt: before.end });
  const earlierEpisodes = await selectEarlierEpisodes(store, { laCode, before: before.start });
  return validateReturn({ year, current: returnFromTables(current.tables, year), previous: returnFromTables(previous.tables, before), earlierEpisodes, laCode });
}

/**
 * The nightly run after a day's new events (about 0.1% of the log, in every LA): ingest them, fold them, re-derive
 * only the children they touch and check those children against the DfE rules.
 */
async function benchNightly(log: EventLog, store: ProjectionStore, projector: Projector, las: readonly BenchLa[], lastDay: readonly CaseEvent[][], timings: StageTimings): Promise<void> {
  const dayTotal = lastDay.reduce((n, events) => n + events.length, 0);
  await stage(`nightly: ingest a day's ${dayTotal.toLocaleString('en-GB')} new events (${las.length} LAs)`, async () => {
    const ingest = await IngestService.open(log, noDeadLetters, undefined, { indexPath: join(workDir, 'ingest-index.duckdb') });
    try {
      for (const [i, events] of lastDay.entries()) {
        const report = await ingest.ingestNdjson(toNdjson(events), las[i]!.laCode);
        if (report.rejected.length > 0) throw new Error(`bench data refused: ${JSON.stringify(report.rejected[0])}`);
      }
    } finally {
      await ingest.close();
    }
  }, () => ({ events: dayTotal }));
  await stage('nightly: fold them, re-derive only the children they touch, check those children', () => projector.catchUp(),
    (report) => ({ events: report.folded, rows: report.childrenDerived }), timings);
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
  const header = ['stage', 'rows', 'events', 'seconds', 'rows/s', 'events/s', 'x JSON.parse', 'peak RSS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
  for (const { stage: name, seconds, steps } of breakdowns) {
    console.log(`\nwhere the time of '${name}' went (${seconds.toFixed(2)} s; steps that overlap another are marked so):`);
    for (const [step, stepSeconds] of [...steps].sort((a, b) => b[1] - a[1])) console.log(`  ${stepSeconds.toFixed(2).padStart(8)} s  ${((100 * stepSeconds) / seconds).toFixed(0).padStart(3)}%  ${step}`);
  }
  if (summary.length > 0) console.log(`\n${summary.join('\n')}`);
  console.log(`\nNode ${process.version}, ${(await import('node:os')).cpus().length} cores; max RSS of the process ${mb(process.resourceUsage().maxRSS * 1024)}`);
  rmSync(workDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
