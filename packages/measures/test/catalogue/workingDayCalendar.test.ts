import { describe, expect, it } from 'vitest';
import { withProjections } from '@careledger/projections/testing';
import { addWorkingDays, ENGLAND_AND_WALES_BANK_HOLIDAYS } from '@careledger/runtime';
import { workingDayCalendar } from '../../src';

// The SQL calendar and the TypeScript clock must agree: both are read by statutory clocks (reviews, health).
const twentyWorkingDaysAfter = `
WITH calendar AS (${workingDayCalendar.sql})
SELECT strftime(s.day, '%Y-%m-%d') AS day, strftime(e.day, '%Y-%m-%d') AS due
FROM calendar s JOIN calendar e ON e.working_days_to = s.working_days_to + 20 AND e.is_working_day
WHERE s.day BETWEEN DATE '2023-12-01' AND DATE '2024-06-30'
ORDER BY s.day`;

describe('the working-day calendar', () => {
  it('ends a 20-working-day clock on the same day as addWorkingDays, across Christmas, Easter and May', async () => {
    await withProjections([], async (store) => {
      const rows = await store.query<{ day: string; due: string }>(twentyWorkingDaysAfter, { bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS.join(',') });
      expect(rows.length).toBe(213);
      for (const row of rows) expect(row.due, row.day).toBe(addWorkingDays(row.day, 20));
      // By hand: care starting Friday 15 Dec 2023; the next 20 working days skip weekends, 25 and 26 Dec and
      // 1 Jan: Dec 18-22 (5), 27-29 (8), Jan 2-5 (12), 8-12 (17), 15-17 (20) -> Wednesday 17 January 2024.
      expect(rows.find((r) => r.day === '2023-12-15')!.due).toBe('2024-01-17');
      // A Saturday start counts from Monday, as a Friday one would: both end on the same day.
      expect(rows.find((r) => r.day === '2024-03-02')!.due).toBe(rows.find((r) => r.day === '2024-03-01')!.due);
    });
  });
});
