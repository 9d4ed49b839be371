import { describe, expect, it } from 'vitest';
import { generateHistory, toNdjson } from '../src/index';

const options = { asAt: '2024-09-30', childrenInCare: 80, historyYears: 4 } as const;

describe('determinism', () => {
  it('gives byte-identical NDJSON for the same seed', () => {
    const a = generateHistory({ ...options, seed: 42 });
    const b = generateHistory({ ...options, seed: 42 });
    expect(toNdjson(a.events)).toBe(toNdjson(b.events));
    expect(a.populationCsv).toBe(b.populationCsv);
  });

  it('gives different histories for different seeds and different LA codes', () => {
    const a = toNdjson(generateHistory({ ...options, seed: 42 }).events);
    expect(toNdjson(generateHistory({ ...options, seed: 43 }).events)).not.toBe(a);
    expect(toNdjson(generateHistory({ ...options, seed: 42, laCode: '998' }).events)).not.toBe(a);
  });

  it('defaults the seed to 903', () => {
    expect(toNdjson(generateHistory(options).events)).toBe(toNdjson(generateHistory({ ...options, seed: 903 }).events));
  });

  it('writes one JSON event a line, each line ending in a newline', () => {
    const { events } = generateHistory({ ...options, seed: 1 });
    const text = toNdjson(events);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(events.length);
    expect(JSON.parse(lines[0]!)).toEqual(events[0]);
    expect(toNdjson([])).toBe('');
  });

  it('uses UUID v4 event ids and 903 child ids', () => {
    const { events } = generateHistory({ ...options, seed: 2 });
    for (const e of events.slice(0, 500)) {
      expect(e.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(e.childId).toMatch(/^[A-Za-z0-9]{1,10}$/);
      expect(e.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
  });

  it('refuses options it cannot honour', () => {
    expect(() => generateHistory({ asAt: '2024-02-30' })).toThrow(/asAt/);
    expect(() => generateHistory({ asAt: '2024-06-30', laCode: '12' })).toThrow(/laCode/);
    expect(() => generateHistory({ asAt: '2024-06-30', childrenInCare: 0 })).toThrow(/childrenInCare/);
    expect(() => generateHistory({ asAt: '2024-06-30', historyYears: 0 })).toThrow(/historyYears/);
  });
});
