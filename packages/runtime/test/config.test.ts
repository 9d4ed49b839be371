import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, loadConfig } from '../src';

describe('configuration', () => {
  it('defaults to the embedded log, and takes a file, then the environment, then flags', () => {
    const dir = mkdtempSync(join(tmpdir(), 'careledger-config-'));
    try {
      const file = join(dir, 'careledger.config.json');
      writeFileSync(file, JSON.stringify({ eventLog: { kind: 'kafka', kafka: { partitions: 12 } }, redis: { url: 'redis://10.0.0.5:6379' } }));
      expect(loadConfig({ env: {} }).eventLog.kind).toBe('embedded');
      const config = loadConfig({ file, env: { CARELEDGER_KAFKA_BROKERS: 'k1:9092, k2:9092', CARELEDGER_KAFKA_PARTITIONS: '24' }, overrides: { dataDir: dir } });
      expect(config.eventLog).toMatchObject({ kind: 'kafka', kafka: { brokers: ['k1:9092', 'k2:9092'], partitions: 24, topic: 'careledger.case-events' } });
      expect(config.redis.url).toBe('redis://10.0.0.5:6379');
      expect(config.dataDir).toBe(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops start-up with a message naming each bad setting and where it came from', () => {
    const load = () => loadConfig({ env: { CARELEDGER_EVENTLOG: 'rabbitmq', CARELEDGER_KAFKA_BROKERS: 'no-port', CARELEDGER_REDIS_URL: 'http://x' } });
    expect(load).toThrow(ConfigurationError);
    expect(load).toThrow(/eventLog\.kind: .* \(from environment variable CARELEDGER_EVENTLOG="rabbitmq"\)/);
    expect(load).toThrow(/eventLog\.kafka\.brokers\.0: must be host:port/);
    expect(load).toThrow(/redis\.url: must be a redis:\/\/ URL \(from environment variable CARELEDGER_REDIS_URL="http:\/\/x"\)/);
  });
});
