/**
 * The on-disk frame of one record in `events.log`. Pure functions only, so the format can be tested without a disk.
 *
 *   uint32 BE  payload length
 *   uint32 BE  CRC32 (zlib) of the payload
 *   payload:   uint16 BE key byte length, key (UTF-8), value (UTF-8, the rest of the payload)
 *
 * The CRC covers the payload only; the length is checked by bounds instead. A damaged length therefore shows up either
 * as an impossible length or as a CRC mismatch of whatever bytes it points at, and both stop the scan.
 */
import { crc32 } from 'node:zlib';
import { EventLogError, type AppendRecord } from '@careledger/eventlog';

export const FRAME_HEADER_BYTES = 8;
const KEY_LENGTH_BYTES = 2;
export const MAX_KEY_BYTES = 0xffff;
/**
 * Upper bound of one payload. Events are a few hundred bytes; a length field above this is read as damage (e.g. a torn
 * header) rather than as an instruction to read gigabytes.
 */
export const MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

/** Why a frame could not be decoded. The `short_*` defects may just mean the buffer ends mid-frame. */
export type FrameDefect = 'short_header' | 'short_payload' | 'bad_length' | 'crc_mismatch' | 'bad_key_length';

export interface EncodedFrames {
  /** The frames, back to back, ready for one write. */
  readonly bytes: Buffer;
  /** Byte length of each frame, in record order. */
  readonly frameLengths: Uint32Array;
}

export interface DecodedFrame {
  readonly key: string;
  readonly value: string;
}

export interface DecodeResult {
  /** Every whole, valid frame from `start`, in order. */
  readonly frames: DecodedFrame[];
  /** Bytes taken by `frames`; `start + bytesConsumed` is where decoding stopped. */
  readonly bytesConsumed: number;
  /** Set when decoding stopped before `end`. */
  readonly defect?: FrameDefect;
}

/** True when more bytes after the buffer's end could complete the frame (as opposed to the frame being damaged). */
export function isIncomplete(defect: FrameDefect): boolean {
  return defect === 'short_header' || defect === 'short_payload';
}

/** Encodes records into one contiguous buffer, so an append is a single write. */
export function encodeFrames(records: readonly AppendRecord[]): EncodedFrames {
  const frameLengths = new Uint32Array(records.length);
  const keyLengths = new Uint32Array(records.length);
  let total = 0;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (typeof record.key !== 'string' || typeof record.value !== 'string') {
      throw new EventLogError('eventlog.invalid_record', `record ${i}: key and value must be strings`, { index: i });
    }
    const keyBytes = Buffer.byteLength(record.key, 'utf8');
    if (keyBytes > MAX_KEY_BYTES) {
      throw new EventLogError('eventlog.key_too_long', `record ${i}: key is ${keyBytes} bytes (max ${MAX_KEY_BYTES})`, {
        index: i,
        keyBytes,
      });
    }
    const payloadBytes = KEY_LENGTH_BYTES + keyBytes + Buffer.byteLength(record.value, 'utf8');
    if (payloadBytes > MAX_PAYLOAD_BYTES) {
      throw new EventLogError(
        'eventlog.record_too_large',
        `record ${i} (key ${record.key}) is ${payloadBytes} bytes (max ${MAX_PAYLOAD_BYTES})`,
        { index: i, key: record.key, payloadBytes },
      );
    }
    keyLengths[i] = keyBytes;
    frameLengths[i] = FRAME_HEADER_BYTES + payloadBytes;
    total += FRAME_HEADER_BYTES + payloadBytes;
  }

  // allocUnsafe is safe here: every byte of every frame is written below.
  const bytes = Buffer.allocUnsafe(total);
  let position = 0;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const frameLength = frameLengths[i]!;
    const keyBytes = keyLengths[i]!;
    const payloadStart = position + FRAME_HEADER_BYTES;
    const frameEnd = position + frameLength;
    bytes.writeUInt32BE(frameLength - FRAME_HEADER_BYTES, position);
    bytes.writeUInt16BE(keyBytes, payloadStart);
    bytes.write(record.key, payloadStart + KEY_LENGTH_BYTES, keyBytes, 'utf8');
    const valueStart = payloadStart + KEY_LENGTH_BYTES + keyBytes;
    bytes.write(record.value, valueStart, frameEnd - valueStart, 'utf8');
    bytes.writeUInt32BE(crc32(bytes.subarray(payloadStart, frameEnd)), position + 4);
    position = frameEnd;
  }
  return { bytes, frameLengths };
}

export function encodeFrame(record: AppendRecord): Buffer {
  return encodeFrames([record]).bytes;
}

/**
 * Validates the frame starting at `start` (bounds and CRC) without decoding its strings. Returns the frame's byte
 * length, or why it is not a valid frame. Used by the open-time scan, which only needs positions.
 */
export function measureFrame(buffer: Buffer, start: number, end: number = buffer.length): number | FrameDefect {
  if (end - start < FRAME_HEADER_BYTES) return 'short_header';
  const payloadLength = buffer.readUInt32BE(start);
  if (payloadLength < KEY_LENGTH_BYTES || payloadLength > MAX_PAYLOAD_BYTES) return 'bad_length';
  const payloadStart = start + FRAME_HEADER_BYTES;
  const payloadEnd = payloadStart + payloadLength;
  if (payloadEnd > end) return 'short_payload';
  if (crc32(buffer.subarray(payloadStart, payloadEnd)) !== buffer.readUInt32BE(start + 4)) return 'crc_mismatch';
  if (KEY_LENGTH_BYTES + buffer.readUInt16BE(payloadStart) > payloadLength) return 'bad_key_length';
  return FRAME_HEADER_BYTES + payloadLength;
}

/** Decodes whole valid frames from `start` until `end` or the first frame that is incomplete or damaged. */
export function decodeFrames(buffer: Buffer, start = 0, end: number = buffer.length): DecodeResult {
  const frames: DecodedFrame[] = [];
  let position = start;
  while (position < end) {
    const frameLength = measureFrame(buffer, position, end);
    if (typeof frameLength !== 'number') return { frames, bytesConsumed: position - start, defect: frameLength };
    const keyStart = position + FRAME_HEADER_BYTES + KEY_LENGTH_BYTES;
    const keyEnd = keyStart + buffer.readUInt16BE(position + FRAME_HEADER_BYTES);
    const frameEnd = position + frameLength;
    frames.push({ key: buffer.toString('utf8', keyStart, keyEnd), value: buffer.toString('utf8', keyEnd, frameEnd) });
    position = frameEnd;
  }
  return { frames, bytesConsumed: position - start };
}
