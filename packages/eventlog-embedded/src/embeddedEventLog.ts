/**
 * The default EventLog: one append-only file (`events.log`, frames as in ./frame.ts), one partition (0), offsets are
 * record sequence numbers. An append resolves only after fdatasync, so an acknowledged record survives a crash; on
 * open, a torn tail left by a crash mid-write is cut off (see `recoverTail`).
 */
import { constants } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { silentLogger, type Logger } from '@careledger/runtime';
import {
  EventLogError,
  ReplayConsumer,
  type AppendRecord,
  type ConsumerOptions,
  type EventLog,
  type LogConsumer,
  type LogPosition,
  type LogRecord,
  type ReplayOptions,
} from '@careledger/eventlog';
import { readChunks } from './chunkedReader';
import { decodeFrames, encodeFrames, isIncomplete, measureFrame, type FrameDefect } from './frame';
import { acquireDirectoryLock, type DirectoryLock } from './lockFile';
import { OffsetIndex } from './offsetIndex';

export const LOG_FILE = 'events.log';
const PARTITION = 0;
const DEFAULT_BATCH_SIZE = 10_000;
/**
 * Largest single write. Queued appends are coalesced into one write + one fdatasync up to this size (group commit);
 * a bigger append is split into several writes. Because each write is synced before the next starts, only the last
 * write can be torn by a crash, so damage further than this from the end of the file cannot be a torn write: it is
 * corruption of acknowledged records, and open refuses instead of truncating it away.
 */
export const MAX_WRITE_BYTES = 32 * 1024 * 1024;

export interface EmbeddedEventLogOptions {
  readonly directory: string;
  readonly logger?: Logger;
}

interface PendingAppend {
  readonly bytes: Buffer;
  readonly frameLengths: Uint32Array;
  /** Frames (and their bytes) of this append already durable; a large append spans several writes. */
  framesDone: number;
  bytesDone: number;
  firstOffset: number;
  readonly resolve: (positions: LogPosition[]) => void;
  readonly reject: (error: unknown) => void;
}

export class EmbeddedEventLog implements EventLog {
  readonly kind = 'embedded';

  private readonly queue: PendingAppend[] = [];
  /** A drainQueue() is running; `idle` settles when it finishes. */
  private writing = false;
  private idle: Promise<void> = Promise.resolve();
  private closed = false;
  /** Set when a write or sync failed: the file's tail is unknown, so no further append is accepted until reopen. */
  private failure: EventLogError | undefined;

  private constructor(
    readonly directory: string,
    private readonly path: string,
    private readonly handle: FileHandle,
    private readonly lock: DirectoryLock,
    private readonly index: OffsetIndex,
    /** Bytes of acknowledged (durable) records; the next write goes here. */
    private durableBytes: number,
    private readonly logger: Logger,
  ) {}

  static async open(options: EmbeddedEventLogOptions): Promise<EmbeddedEventLog> {
    const { directory } = options;
    const logger = options.logger ?? silentLogger;
    await mkdir(directory, { recursive: true });
    const lock = await acquireDirectoryLock(directory, logger);
    try {
      const path = join(directory, LOG_FILE);
      // O_RDWR without O_APPEND: writes go to an explicit position, the end of the durable records.
      const handle = await open(path, constants.O_RDWR | constants.O_CREAT, 0o644);
      try {
        const { index, validBytes } = await recoverTail(handle, path, directory, logger);
        await syncDirectory(directory); // makes a newly created events.log itself durable
        return new EmbeddedEventLog(directory, path, handle, lock, index, validBytes, logger);
      } catch (error) {
        await handle.close();
        throw error;
      }
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  async append(records: readonly AppendRecord[]): Promise<LogPosition[]> {
    this.assertWritable();
    if (records.length === 0) return [];
    const { bytes, frameLengths } = encodeFrames(records);
    return new Promise<LogPosition[]>((resolve, reject) => {
      this.queue.push({ bytes, frameLengths, framesDone: 0, bytesDone: 0, firstOffset: -1, resolve, reject });
      if (!this.writing) {
        this.writing = true;
        this.idle = this.drainQueue();
      }
    });
  }

  async partitions(): Promise<number[]> {
    this.assertOpen();
    return [PARTITION];
  }

  async endOffsets(): Promise<Map<number, number>> {
    this.assertOpen();
    return new Map([[PARTITION, this.index.length]]);
  }

  async replay(onBatch: (batch: readonly LogRecord[]) => Promise<void>, options: ReplayOptions = {}): Promise<void> {
    this.assertOpen();
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
      throw new EventLogError('eventlog.invalid_option', `batchSize must be a positive integer, got ${batchSize}`);
    }
    // Snapshot: records acknowledged after this point are not part of this replay.
    const endOffset = this.index.length;
    const endByte = this.durableBytes;
    const from = options.from?.get(PARTITION) ?? 0;
    if (!Number.isSafeInteger(from) || from < 0 || from > endOffset) {
      // A checkpoint beyond the end means the log lost records or this is the wrong directory: never skip silently.
      throw new EventLogError(
        'eventlog.offset_out_of_range',
        `replay from offset ${from} of ${this.directory}, but the log ends at offset ${endOffset}`,
        { directory: this.directory, from, endOffset },
      );
    }
    if (from === endOffset) return;

    // A handle per replay: close() of the log never pulls the file out from under a read in progress.
    const reader = await open(this.path, 'r');
    try {
      let nextOffset = from;
      let batch: LogRecord[] = [];
      const startByte = this.index.positionOf(from);
      await readChunks(reader, startByte, endByte, async (chunk, chunkPosition, atEnd) => {
        const { frames, bytesConsumed, defect } = decodeFrames(chunk);
        if (defect !== undefined && (atEnd || !isIncomplete(defect))) {
          // Everything below endByte was verified at open or written and synced by us: this is damage since.
          throw new EventLogError(
            'eventlog.corrupt',
            `${this.path}: ${defect} at byte ${chunkPosition + bytesConsumed} (offset ${nextOffset + frames.length})`,
            { path: this.path, bytePosition: chunkPosition + bytesConsumed, offset: nextOffset + frames.length, defect },
          );
        }
        for (const frame of frames) {
          batch.push({ partition: PARTITION, offset: nextOffset++, key: frame.key, value: frame.value });
          if (batch.length === batchSize) {
            await this.deliver(onBatch, batch);
            batch = [];
          }
        }
        return { consumed: bytesConsumed };
      });
      if (batch.length > 0) await this.deliver(onBatch, batch);
      if (nextOffset !== endOffset) {
        throw new EventLogError('eventlog.corrupt', `${this.path}: replay read ${nextOffset}, expected ${endOffset}`, {
          path: this.path,
          offset: nextOffset,
          endOffset,
        });
      }
    } finally {
      await reader.close();
    }
  }

  /** The only reader of this log (its lock file keeps other processes out): given partition 0, read with `replay`. */
  consumer(group: string, options: ConsumerOptions = {}): LogConsumer {
    this.assertOpen();
    return new ReplayConsumer(this, group, options);
  }

  /** Waits for queued appends to become durable, then releases the file and the lock. Closing twice is harmless. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.idle; // no append can be queued any more, so this is the last writer
    try {
      await this.handle.close();
    } finally {
      await this.lock.release();
    }
  }

  private async deliver(onBatch: (batch: readonly LogRecord[]) => Promise<void>, batch: LogRecord[]): Promise<void> {
    // Stop a replay promptly once the log is closed rather than feeding a consumer that is shutting down.
    this.assertOpen();
    await onBatch(batch);
  }

  /**
   * Group commit: everything queued while the previous write was syncing goes out in one write and one fdatasync, in
   * queue order, so offsets follow call order and each call's records stay contiguous. Never rejects: a failed write
   * rejects the queued appends and poisons the log.
   */
  private async drainQueue(): Promise<void> {
    for (;;) {
      if (this.queue.length === 0) {
        // Cleared synchronously with the emptiness check, so an append queued right after starts a new writer.
        this.writing = false;
        return;
      }
      const pieces: Buffer[] = [];
      let writeBytes = 0;
      for (const pending of this.queue) {
        let taken = 0;
        let frame = pending.framesDone;
        while (frame < pending.frameLengths.length) {
          const length = pending.frameLengths[frame]!;
          // Always take at least one frame; otherwise stop before exceeding MAX_WRITE_BYTES.
          if (writeBytes + taken > 0 && writeBytes + taken + length > MAX_WRITE_BYTES) break;
          taken += length;
          frame++;
        }
        if (taken > 0) pieces.push(pending.bytes.subarray(pending.bytesDone, pending.bytesDone + taken));
        writeBytes += taken;
        if (frame < pending.frameLengths.length) break; // this write is full
      }

      try {
        await writeAll(this.handle, pieces, this.durableBytes);
        await this.handle.datasync();
      } catch (cause) {
        this.failure = new EventLogError(
          'eventlog.write_failed',
          `${this.path}: write failed; appends are refused until the log is reopened ` +
            '(records of the failed appends may or may not be present after reopen)',
          { path: this.path, bytePosition: this.durableBytes },
          { cause },
        );
        this.logger.error({ err: cause, path: this.path, bytePosition: this.durableBytes }, 'eventlog: write failed');
        this.writing = false;
        for (const pending of this.queue.splice(0)) pending.reject(this.failure);
        return;
      }

      // Durable: index the written frames and acknowledge the appends that are now complete.
      let remaining = writeBytes;
      while (remaining > 0) {
        const pending = this.queue[0]!;
        if (pending.framesDone === 0) pending.firstOffset = this.index.length;
        while (remaining > 0 && pending.framesDone < pending.frameLengths.length) {
          const length = pending.frameLengths[pending.framesDone]!;
          this.index.push(this.durableBytes);
          this.durableBytes += length;
          pending.bytesDone += length;
          pending.framesDone++;
          remaining -= length;
        }
        if (pending.framesDone === pending.frameLengths.length) {
          this.queue.shift();
          pending.resolve(positions(pending.firstOffset, pending.frameLengths.length));
        }
      }
    }
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new EventLogError('eventlog.closed', `event log ${this.directory} is closed`, { directory: this.directory });
    }
  }

  private assertWritable(): void {
    this.assertOpen();
    if (this.failure) throw this.failure;
  }
}

function positions(firstOffset: number, count: number): LogPosition[] {
  const result: LogPosition[] = new Array(count);
  for (let i = 0; i < count; i++) result[i] = { partition: PARTITION, offset: firstOffset + i };
  return result;
}

async function writeAll(handle: FileHandle, pieces: Buffer[], position: number): Promise<void> {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const written = (await handle.writev(pieces, position)).bytesWritten;
  if (written === total) return;
  // Short writes are legal; finish the rest from one contiguous buffer.
  const rest = Buffer.concat(pieces).subarray(written);
  let done = 0;
  while (done < rest.length) {
    done += (await handle.write(rest, done, rest.length - done, position + written + done)).bytesWritten;
  }
}

/**
 * Scans the whole file, verifying every frame, and builds the offset index. A crash can only tear the last write, so
 * damage within MAX_WRITE_BYTES of the end is a torn tail: it is logged and truncated away (the records in it were
 * never acknowledged). Damage earlier than that is corruption of acknowledged records: refuse to open rather than
 * silently drop them.
 */
async function recoverTail(
  handle: FileHandle,
  path: string,
  directory: string,
  logger: Logger,
): Promise<{ index: OffsetIndex; validBytes: number }> {
  const fileBytes = (await handle.stat()).size;
  const index = new OffsetIndex();
  let defect: FrameDefect | undefined;
  const validBytes = await readChunks(handle, 0, fileBytes, (chunk, chunkPosition, atEnd) => {
    let position = 0;
    while (position < chunk.length) {
      const frameLength = measureFrame(chunk, position);
      if (typeof frameLength !== 'number') {
        if (!atEnd && isIncomplete(frameLength)) return { consumed: position };
        defect = frameLength;
        return { consumed: position, stop: true };
      }
      index.push(chunkPosition + position);
      position += frameLength;
    }
    return { consumed: position };
  });
  if (validBytes === fileBytes) return { index, validBytes };

  const droppedBytes = fileBytes - validBytes;
  const context = { path, bytePosition: validBytes, offset: index.length, droppedBytes, defect };
  if (droppedBytes > MAX_WRITE_BYTES) {
    throw new EventLogError(
      'eventlog.corrupt',
      `${path}: ${defect} at byte ${validBytes} (offset ${index.length}), ${droppedBytes} bytes before the end - ` +
        `too far back to be a torn write; refusing to truncate acknowledged records. Restore ${directory} from backup ` +
        `or truncate the file to ${validBytes} bytes by hand.`,
      context,
    );
  }
  logger.warn(context, 'eventlog: torn tail after crash, truncating to the last whole record');
  await handle.truncate(validBytes);
  await handle.sync();
  return { index, validBytes };
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some platforms/filesystems cannot fsync a directory; the data file itself is still synced.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw error;
  } finally {
    await handle.close();
  }
}
