import { describe, expect, it } from 'vitest';
import { encodeEvent, parseNdjsonBatch } from '../src';
import { ChildHistory } from '../src/testing';

function batch(): string {
  const child = new ChildHistory('990', 'N1');
  child.details({ dob: '2012-01-01' }, '2023-01-01');
  child.startCare('2023-01-05', { ls: 'C1', place: 'U4' });
  return child.events.map(encodeEvent).join('\n');
}

describe('parseNdjsonBatch', () => {
  it('reads line 1 of a file saved with a UTF-8 byte-order mark', () => {
    const parsed = parseNdjsonBatch(`\uFEFF${batch()}\n`);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.accepted.map((a) => a.line)).toEqual([1, 2]);
  });

  it('still refuses a byte-order mark that is not at the start of the text', () => {
    const [first, second] = batch().split('\n');
    const parsed = parseNdjsonBatch(`${first}\n\uFEFF${second}\r\n`);
    expect(parsed.accepted.map((a) => a.line)).toEqual([1]);
    expect(parsed.rejected.map((r) => [r.line, r.errors[0]!.field])).toEqual([[2, '(line)']]);
  });

  it('numbers lines from firstLine, skips blank lines and names malformed ones (line)', () => {
    const parsed = parseNdjsonBatch(`${batch()}\n\n{"eventId": "broken\n`, 10);
    expect(parsed.accepted.map((a) => a.line)).toEqual([10, 11]);
    expect(parsed.rejected).toMatchObject([{ line: 13, eventId: undefined, errors: [{ field: '(line)' }], raw: '{"eventId": "broken' }]);
  });

  it('refuses a line of more UTF-8 bytes than maxLineBytes by its number, unread and kept to its first KiB, and reads the rest', () => {
    const [first, second] = batch().split('\n');
    const limit = Buffer.byteLength(second!) + 2;
    // 'é' is two bytes: the line has fewer characters than the limit but more bytes
    const wide = `{"eventId":"${'é'.repeat(limit)}"}`;
    const parsed = parseNdjsonBatch(`${first}\n${wide}\n${second}\n`, 1, { maxLineBytes: limit * 2 });
    expect(parsed.accepted.map((a) => a.line)).toEqual([1, 3]);
    expect(parsed.rejected).toMatchObject([{ line: 2, eventId: undefined, errors: [{ field: '(line)', reason: expect.stringContaining(`over the limit of ${limit * 2} bytes`) }] }]);
    expect(parsed.rejected[0]!.raw).toBe(wide.slice(0, 1024));
  });
});
