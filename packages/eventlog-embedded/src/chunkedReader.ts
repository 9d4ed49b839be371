import type { FileHandle } from 'node:fs/promises';

/** Large reads keep replay and the open-time scan at disk speed instead of one syscall per record. */
export const READ_CHUNK_BYTES = 8 * 1024 * 1024;

export interface ChunkVerdict {
  /** Bytes at the front of the chunk that were fully handled; the rest is handed over again with more bytes after it. */
  readonly consumed: number;
  /** Stop reading (e.g. damage found). */
  readonly stop?: boolean;
}

/**
 * Reads the byte range [start, end) of a file in large chunks and hands each chunk to `consume`, which takes whole
 * frames off its front. The unconsumed tail (a frame cut by the chunk boundary) is carried into the next chunk; if not
 * even one frame fits, the buffer grows. Resolves with the file position where consumption stopped.
 *
 * `consume` must not keep references into the chunk: the buffer is reused.
 */
export async function readChunks(
  handle: FileHandle,
  start: number,
  end: number,
  consume: (chunk: Buffer, chunkPosition: number, atEnd: boolean) => ChunkVerdict | Promise<ChunkVerdict>,
  chunkBytes: number = READ_CHUNK_BYTES,
): Promise<number> {
  let buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunkBytes, end - start)));
  let filled = 0;
  let chunkPosition = start;
  let readPosition = start;
  let atEnd = readPosition >= end;
  for (;;) {
    while (!atEnd && filled < buffer.length) {
      const wanted = Math.min(buffer.length - filled, end - readPosition);
      const { bytesRead } = await handle.read(buffer, filled, wanted, readPosition);
      filled += bytesRead;
      readPosition += bytesRead;
      // bytesRead 0 means the file is shorter than `end` (only possible if it was truncated behind our back).
      atEnd = bytesRead === 0 || readPosition >= end;
    }
    const verdict = await consume(buffer.subarray(0, filled), chunkPosition, atEnd);
    if (atEnd || verdict.stop) return chunkPosition + verdict.consumed;
    if (verdict.consumed === 0 && filled === buffer.length) {
      const grown = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(grown, 0, 0, filled);
      buffer = grown;
    } else {
      buffer.copy(buffer, 0, verdict.consumed, filled);
      filled -= verdict.consumed;
      chunkPosition += verdict.consumed;
    }
  }
}
