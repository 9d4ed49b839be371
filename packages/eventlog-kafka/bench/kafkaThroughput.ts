/**
 * Kafka adapter throughput on a real broker (infra/kafka/start.sh first):
 *   pnpm exec tsx packages/eventlog/bench/kafkaThroughput.ts [records=200000] [perCall=5000] [valueBytes=400]
 * Appends in calls of `perCall` records of ~valueBytes over 10,000 keys, then replays everything; deletes its topic.
 */
import { randomUUID } from 'node:crypto';
import { silentLogger } from '@careledger/runtime';
import { createKafkaClient, KafkaEventLog } from '../src';

const [total = 200_000, perCall = 5_000, valueBytes = 400] = process.argv.slice(2).map(Number);
const brokers = (process.env.CARELEDGER_KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');
const topic = `bench-${randomUUID()}`;
const log = await KafkaEventLog.open({ brokers, topic, clientId: 'bench' });
const padding = 'x'.repeat(Math.max(0, valueBytes - 120));
try {
  let started = performance.now();
  for (let base = 0; base < total; base += perCall) {
    const records = Array.from({ length: Math.min(perCall, total - base) }, (_, i) => {
      const seq = base + i;
      const key = `E09000001:child${seq % 10_000}`;
      return { key, value: JSON.stringify({ eventId: randomUUID(), key, seq, type: 'placement.started', padding }) };
    });
    await log.append(records);
  }
  const appendMs = performance.now() - started;
  console.log(`append: ${total} records (~${valueBytes} B) in calls of ${perCall}: ${appendMs.toFixed(0)} ms, ${Math.round((total / appendMs) * 1000)} records/s`);

  for (const batchSize of [10_000, 1_000]) {
    started = performance.now();
    let read = 0;
    let calls = 0;
    await log.replay(async (batch) => {
      read += batch.length;
      calls++;
    }, { batchSize });
    const replayMs = performance.now() - started;
    console.log(`replay (batchSize ${batchSize}): ${read} records in ${calls} batches: ${replayMs.toFixed(0)} ms, ${Math.round((read / replayMs) * 1000)} records/s`);
  }
} finally {
  await log.close();
  const admin = createKafkaClient({ brokers, kafkaLogLevel: 'error' }, silentLogger).admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
}
