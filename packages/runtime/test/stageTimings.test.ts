import { describe, expect, it } from 'vitest';
import { StageTimings, timed } from '../src/stageTimings';

describe('StageTimings', () => {
  it('sums each step over every time it ran, in the order steps first ran, and times a failing step too', async () => {
    const timings = new StageTimings();
    timings.add('b', 0.25);
    await timings.time('a', () => new Promise((r) => setTimeout(r, 20)));
    timings.add('b', 0.5);
    expect(() => timings.timeSync('c', () => { throw new Error('failed'); })).toThrow('failed');
    const steps = timings.steps();
    expect(steps.map(([step]) => step)).toEqual(['b', 'a', 'c']);
    expect(steps[0]![1]).toBe(0.75);
    expect(steps[1]![1]).toBeGreaterThanOrEqual(0.015);
    timings.clear();
    expect(timings.steps()).toEqual([]);
  });

  it('runs the work untimed when there are no timings to keep', async () => {
    expect(await timed(undefined, 'x', async () => 42)).toBe(42);
    const timings = new StageTimings();
    expect(await timed(timings, 'x', async () => 7)).toBe(7);
    expect(timings.steps().map(([step]) => step)).toEqual(['x']);
  });
});
