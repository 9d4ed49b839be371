import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageInYears, fromDayNumber, toDayNumber } from '@careledger/runtime';
import { addMonthsDay, ageOn, birthday, dateOf, dayOf, weekday } from '../src/dates';
import { Rng } from '../src/prng';
import { generateHistory } from '../src/index';
import { replay } from './check';

describe('dates', () => {
  it('agree with @careledger/runtime', () => {
    const rng = Rng.fromSeed(1);
    const ours: unknown[] = [];
    const theirs: unknown[] = [];
    for (let i = 0; i < 3000; i++) {
      const day = rng.int(-20_000, 80_000);
      const date = fromDayNumber(day);
      const months = rng.int(-30, 30);
      const other = day + rng.int(0, 8000);
      ours.push([dateOf(day), dayOf(date), dateOf(addMonthsDay(day, months)), ageOn(day, other)]);
      theirs.push([date, toDayNumber(date), addMonths(date, months), ageInYears(date, fromDayNumber(other))]);
    }
    expect(ours).toEqual(theirs);
  });

  it('put a 29 February 18th birthday on 1 March, like ageInYears', () => {
    const dob = dayOf('2008-02-29');
    expect(dateOf(birthday(dob, 18))).toBe('2026-03-01');
    expect(ageInYears('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageInYears('2008-02-29', addDays('2026-03-01', -1))).toBe(17);
    expect(weekday(dayOf('2025-06-30'))).toBe(0); // a Monday
  });
});

describe('prng', () => {
  it('repeats for a seed and draws distinct v4 UUIDs', () => {
    const a = Rng.fromSeed(9);
    const b = Rng.fromSeed(9);
    const ids = Array.from({ length: 10_000 }, () => a.uuid());
    expect(Array.from({ length: 10_000 }, () => b.uuid())).toEqual(ids);
    expect(new Set(ids).size).toBe(10_000);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(Rng.fromSeed(9, 1).uuid()).not.toBe(Rng.fromSeed(9).uuid());
  });
});

describe('the invariant checker used by these tests', () => {
  it('notices a placement move before its period started', () => {
    const asAt = '2024-06-30';
    const { events } = generateHistory({ asAt, childrenInCare: 40, historyYears: 2 });
    expect(replay(events, asAt).problems).toEqual([]);
    const start = events.find((e) => e.type === 'PeriodOfCareStarted' && e.occurredAt > '2023-01-01')!;
    const broken = [...events];
    broken.push({ ...start, eventId: '00000000-0000-4000-8000-000000000001', type: 'PlacementChanged', occurredAt: addDays(start.occurredAt, -1), recordedAt: `${asAt}T23:00:00Z`, payload: { placementType: 'U6', sameCarer: false } });
    expect(replay(broken, asAt).problems.join('\n')).toMatch(/outside a period|on or before the start/);
  });
});
