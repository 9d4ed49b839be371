import { spawnSync } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, type Logger } from '@careledger/runtime';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventLogContract } from '@careledger/eventlog/contract';
import { CareledgerError } from '@careledger/runtime';
import { EventLogError, type EventLog, type LogRecord } from '@careledger/eventlog';
import { EmbeddedEventLog, LOG_FILE, MAX_WRITE_BYTES } from '../src';
import { encodeFrame } from '../src/frame';

const tempDirectory = () => mkdtemp(join(tmpdir(), 'careledger-eventlog-'));

eventLogContract('embedded', {
  async create() {
    const directory = await tempDirectory();
    const log = await EmbeddedEventLog.open({ directory });
    return {
      log,
      reopen: () => EmbeddedEventLog.open({ directory }),
      async cleanup() {
        await log.close();
        await rm(directory, { recursive: true, force: true });
      },
    };
  },
});

/** A real (silent) pino logger whose `warn` is observed: the log under test is never mocked. */
function spyLogger(): { logger: Logger; warn: ReturnType<typeof vi.fn> } {
  const logger = silentLogger.child({});
  const warn = vi.spyOn(logger, 'warn') as unknown as ReturnType<typeof vi.fn>;
  return { logger, warn };
}

async function readAll(log: EventLog): Promise<LogRecord[]> {
  const out: LogRecord[] = [];
  await log.replay(async (batch) => {
    out.push(...batch);
  });
  return out;
}

const record = (i: number) => ({ key: `E09000001:child${i % 3}`, value: JSON.stringify({ seq: i, text: 'x'.repeat(40) }) });
const records = (from: number, count: number) => Array.from({ length: count }, (_, i) => record(from + i));

describe('EmbeddedEventLog', () => {
  let directory: string;
  let file: string;
  const open: EventLog[] = [];

  beforeEach(async () => {
    directory = await tempDirectory();
    file = join(directory, LOG_FILE);
  });

  afterEach(async () => {
    for (const log of open.splice(0)) await log.close();
    await rm(directory, { recursive: true, force: true });
  });

  async function openLog(logger?: Logger): Promise<EmbeddedEventLog> {
    const log = await EmbeddedEventLog.open({ directory, logger });
    open.push(log);
    return log;
  }

  /** Appends `count` acknowledged records, closes, and returns the file size and the byte length of the last frame. */
  async function writeAcknowledged(count: number): Promise<{ size: number; lastFrameBytes: number }> {
    const log = await EmbeddedEventLog.open({ directory });
    await log.append(records(0, count - 1));
    await log.append([record(count - 1)]);
    await log.close();
    return { size: (await stat(file)).size, lastFrameBytes: encodeFrame(record(count - 1)).length };
  }

  async function expectRecoveredTo(count: number, goodBytes: number, droppedBytes: number, defect: string) {
    const { logger, warn } = spyLogger();
    const log = await openLog(logger);

    expect((await stat(file)).size).toBe(goodBytes);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatchObject({ bytePosition: goodBytes, offset: count, droppedBytes, defect });

    const replayed = await readAll(log);
    expect(replayed.map((r) => r.value)).toEqual(records(0, count).map((r) => r.value));
    expect(await log.endOffsets()).toEqual(new Map([[0, count]]));

    // Appending after recovery continues at the right offset and replays cleanly, also after another reopen.
    expect(await log.append([record(100)])).toEqual([{ partition: 0, offset: count }]);
    await log.close();
    const { logger: quiet, warn: noWarn } = spyLogger();
    const again = await openLog(quiet);
    expect(noWarn).not.toHaveBeenCalled();
    expect((await readAll(again)).map((r) => r.value)).toEqual([...records(0, count), record(100)].map((r) => r.value));
  }

  describe('crash recovery', () => {
    it('drops a half-written frame after the acknowledged records and truncates the file', async () => {
      const { size } = await writeAcknowledged(10);
      const torn = encodeFrame(record(10));
      await appendFile(file, torn.subarray(0, Math.floor(torn.length / 2)));
      await expectRecoveredTo(10, size, Math.floor(torn.length / 2), 'short_payload');
    });

    it('drops a frame whose header was cut short', async () => {
      const { size } = await writeAcknowledged(10);
      await appendFile(file, encodeFrame(record(10)).subarray(0, 5));
      await expectRecoveredTo(10, size, 5, 'short_header');
    });

    it('drops a file tail cut in the middle of the last frame', async () => {
      const { size, lastFrameBytes } = await writeAcknowledged(10);
      await truncate(file, size - 7);
      await expectRecoveredTo(9, size - lastFrameBytes, lastFrameBytes - 7, 'short_payload');
    });

    it('drops a zero-filled tail (file extended but data never written)', async () => {
      const { size } = await writeAcknowledged(10);
      await appendFile(file, Buffer.alloc(4096));
      await expectRecoveredTo(10, size, 4096, 'bad_length');
    });

    it('drops the last frame when a byte of its payload is corrupt (CRC mismatch)', async () => {
      const { size, lastFrameBytes } = await writeAcknowledged(10);
      const bytes = await readFile(file);
      bytes[size - 3] = bytes[size - 3]! ^ 0x20;
      await writeFile(file, bytes);
      await expectRecoveredTo(9, size - lastFrameBytes, lastFrameBytes, 'crc_mismatch');
    });

    it('refuses to open, without truncating, when damage lies further back than one write could tear', async () => {
      const log = await EmbeddedEventLog.open({ directory });
      // One append larger than MAX_WRITE_BYTES (so it is split into several writes), with a record larger than the
      // 8 MiB read chunk (so the readers must grow their buffer).
      const big = [
        ...Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: String(i % 10).repeat(1024 * 1024) })),
        { key: 'huge', value: 'h'.repeat(10 * 1024 * 1024) },
      ];
      expect(await log.append(big)).toHaveLength(31);
      const replayed = await readAll(log);
      expect(replayed.map((r) => r.offset)).toEqual(big.map((_, i) => i));
      expect(replayed.every((r, i) => r.value === big[i]!.value)).toBe(true);
      await log.close();

      const size = (await stat(file)).size;
      expect(size).toBeGreaterThan(MAX_WRITE_BYTES);
      const bytes = await readFile(file);
      bytes[100] = bytes[100]! ^ 0x01; // inside the first record's payload
      await writeFile(file, bytes);

      const error = await EmbeddedEventLog.open({ directory }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventLogError);
      expect(error).toMatchObject({ code: 'eventlog.corrupt', context: { bytePosition: 0, offset: 0 } });
      expect((await stat(file)).size).toBe(size);
      // The failed open released its lock: the same error again, not 'eventlog.locked'.
      await expect(EmbeddedEventLog.open({ directory })).rejects.toMatchObject({ code: 'eventlog.corrupt' });
    });
  });

  describe('lock', () => {
    it('refuses a second open of a directory that is open', async () => {
      const first = await openLog();
      const error = await EmbeddedEventLog.open({ directory }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventLogError);
      expect(error).toMatchObject({ code: 'eventlog.locked', context: { directory, pid: process.pid } });
      expect((error as Error).message).toContain(directory);
      expect((error as Error).message).toContain(String(process.pid));
      // An expected failure another process causes: busy, naming the lock file, never an "unexpected failure".
      expect(error).toBeInstanceOf(CareledgerError);
      expect(error).toMatchObject({ kind: 'busy', expected: true, context: { lockFile: join(directory, 'LOCK') } });
      expect((error as Error).message).toContain(join(directory, 'LOCK'));

      await first.close();
      await openLog(); // free again once closed
    });

    it('takes over a stale lock whose pid is dead', async () => {
      const exited = spawnSync(process.execPath, ['-e', '']);
      expect(exited.status).toBe(0);
      await writeFile(join(directory, 'LOCK'), `${exited.pid}\n`);

      const { logger, warn } = spyLogger();
      const log = await openLog(logger);
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ stalePid: exited.pid }), expect.any(String));
      expect((await readFile(join(directory, 'LOCK'), 'utf8')).trim()).toBe(String(process.pid));
      await log.append([record(0)]);

      await log.close();
      await expect(stat(join(directory, 'LOCK'))).rejects.toMatchObject({ code: 'ENOENT' });
    });
  });

  describe('after close', () => {
    it('rejects every call with eventlog.closed, and closing again is harmless', async () => {
      const log = await openLog();
      await log.close();
      await log.close();
      const closed = { code: 'eventlog.closed' };
      await expect(log.append([record(0)])).rejects.toMatchObject(closed);
      await expect(log.append([])).rejects.toMatchObject(closed);
      await expect(log.replay(async () => {})).rejects.toMatchObject(closed);
      await expect(log.endOffsets()).rejects.toMatchObject(closed);
      await expect(log.partitions()).rejects.toMatchObject(closed);
    });

    it('completes appends queued before close', async () => {
      const log = await openLog();
      const pending = log.append(records(0, 100));
      await log.close();
      expect(await pending).toHaveLength(100);
      const reopened = await openLog();
      expect(await reopened.endOffsets()).toEqual(new Map([[0, 100]]));
    });
  });

  describe('replay', () => {
    it('refuses a start offset beyond the end rather than silently reading nothing', async () => {
      const log = await openLog();
      await log.append(records(0, 3));
      await expect(log.replay(async () => {}, { from: new Map([[0, 4]]) })).rejects.toMatchObject({
        code: 'eventlog.offset_out_of_range',
      });
    });

    it('stops at the end it saw when it began, even when the file is larger than one read chunk', async () => {
      const log = await openLog();
      const value = 'v'.repeat(500);
      await log.append(Array.from({ length: 20_000 }, (_, i) => ({ key: `k${i % 7}`, value: `${i}:${value}` }))); // ~10 MiB
      let seen = 0;
      let appended = false;
      await log.replay(
        async (batch) => {
          seen += batch.length;
          if (!appended) {
            appended = true;
            await log.append(records(0, 100));
          }
        },
        { batchSize: 1000 },
      );
      expect(seen).toBe(20_000);
      expect(await log.endOffsets()).toEqual(new Map([[0, 20_100]]));
    });

    it('rejects records it cannot store', async () => {
      const log = await openLog();
      await expect(log.append([{ key: 'k'.repeat(70_000), value: '' }])).rejects.toMatchObject({
        code: 'eventlog.key_too_long',
      });
      expect(await log.endOffsets()).toEqual(new Map([[0, 0]]));
      expect(await log.append([record(0)])).toEqual([{ partition: 0, offset: 0 }]);
    });
  });

  describe('group commit', () => {
    it('lands thousands of concurrent single-record appends in call order', async () => {
      const log = await openLog();
      const positions = await Promise.all(Array.from({ length: 3000 }, (_, i) => log.append([record(i)])));
      // Calls queue in the order they were made, so offsets follow call order.
      expect(positions.map(([position]) => position!.offset)).toEqual(positions.map((_, i) => i));
      expect((await readAll(log)).map((r) => r.value)).toEqual(records(0, 3000).map((r) => r.value));
    });
  });
});
