import { describe, expect, it } from 'vitest';
import { decodeFrames, encodeFrame, encodeFrames, FRAME_HEADER_BYTES } from '../src/frame';

describe('frame encoding', () => {
  const records = [
    { key: 'E09000001:child1', value: '{"a":1}' },
    { key: 'Zoë:子', value: '👩‍👧 €' },
    { key: '', value: '' },
  ];

  it('round-trips records, one frame after another', () => {
    const { bytes, frameLengths } = encodeFrames(records);
    expect([...frameLengths]).toEqual(records.map((r) => encodeFrame(r).length));
    expect(decodeFrames(bytes)).toEqual({ frames: records, bytesConsumed: bytes.length });
  });

  it('stops at an incomplete frame, reporting what it consumed', () => {
    const { bytes, frameLengths } = encodeFrames(records);
    const first = frameLengths[0]!;
    expect(decodeFrames(bytes.subarray(0, first + 3))).toEqual({
      frames: records.slice(0, 1),
      bytesConsumed: first,
      defect: 'short_header',
    });
    expect(decodeFrames(bytes.subarray(0, first + FRAME_HEADER_BYTES + 1)).defect).toBe('short_payload');
  });

  it('detects a corrupt payload byte and an absurd length', () => {
    const corrupt = encodeFrame(records[0]!);
    corrupt[corrupt.length - 2] = corrupt[corrupt.length - 2]! ^ 0xff;
    expect(decodeFrames(corrupt)).toEqual({ frames: [], bytesConsumed: 0, defect: 'crc_mismatch' });

    const absurd = encodeFrame(records[0]!);
    absurd.writeUInt32BE(0xfffffff0, 0);
    expect(decodeFrames(absurd).defect).toBe('bad_length');
  });

  it('decodes from an offset within a buffer up to an end', () => {
    const { bytes, frameLengths } = encodeFrames(records);
    const first = frameLengths[0]!;
    const second = frameLengths[1]!;
    expect(decodeFrames(bytes, first, first + second).frames).toEqual([records[1]]);
  });
});
