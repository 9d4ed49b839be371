/**
 * Throwaway-sized throughput check of the embedded log: `pnpm exec tsx packages/eventlog/bench/throughput.ts [records]`.
 * Appends ~400-byte records in calls of 5,000, reopens (full verifying scan), replays, and measures small concurrent
 * appends (group commit). Writes to a temp directory and removes it.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEventLog, LOG_FILE } from '../src';

const total = Number(process.argv[2] ?? 1_000_000);
const perCall = 5_000;
const directory = await mkdtemp(join(tmpdir(), 'careledger-eventlog-bench-'));
const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en-GB')} records/s`;

function makeRecords(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const seq = from + i;
    const key = `E0900000${seq % 9}:C${String(seq % 50_000).padStart(7, '0')}`;
    const value = JSON.stringify({ eventId: `evt-${seq}`, type: 'placement.started', key, at: '2024-04-01', seq, notes: 'n'.repeat(280) });
    return { key, value };
  });
}

try {
  let log = await EmbeddedEventLog.open({ directory });
  // Only the append calls are timed: building the records (JSON.stringify) is the caller's cost, not the log's.
  let appendMs = 0;
  for (let from = 0; from < total; from += perCall) {
    const batch = makeRecords(from, Math.min(perCall, total - from));
    const callStarted = performance.now();
    await log.append(batch);
    appendMs += performance.now() - callStarted;
  }
  await log.close();
  const bytes = (await stat(join(directory, LOG_FILE))).size;
  console.log(`append  ${total} records (${(bytes / total).toFixed(0)} B/frame, ${(bytes / 2 ** 20).toFixed(0)} MiB) in calls of ${perCall}: ${appendMs.toFixed(0)} ms, ${rate(total, appendMs)}`);

  let started = performance.now();
  log = await EmbeddedEventLog.open({ directory });
  const openMs = performance.now() - started;
  console.log(`open    (verifying scan + index): ${openMs.toFixed(0)} ms, ${rate(total, openMs)}, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);

  started = performance.now();
  let seen = 0;
  await log.replay(async (batch) => {
    seen += batch.length;
  });
  const replayMs = performance.now() - started;
  console.log(`replay  ${seen} records: ${replayMs.toFixed(0)} ms, ${rate(seen, replayMs)}`);

  started = performance.now();
  seen = 0;
  await log.replay(async (batch) => {
    seen += batch.length;
  }, { from: new Map([[0, total - 1000]]) });
  console.log(`replay  from offset ${total - 1000}: ${seen} records in ${(performance.now() - started).toFixed(1)} ms`);

  const small = 20_000;
  const inFlight = 200;
  started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < small) await log.append(makeRecords(total + next++, 1));
    }),
  );
  const smallMs = performance.now() - started;
  console.log(`append  ${small} single-record calls, ${inFlight} in flight (group commit): ${smallMs.toFixed(0)} ms, ${rate(small, smallMs)}`);
  await log.close();
} finally {
  await rm(directory, { recursive: true, force: true });
}
