import { describe, expect, it } from 'vitest';
import { addWorkingDays, ENGLAND_AND_WALES_BANK_HOLIDAYS, isWorkingDay, weekday } from '../src';

const holidaysIn = (year: number) => ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((d) => d.startsWith(`${year}-`));

describe('England and Wales bank holidays and working days', () => {
  it('lists the years as gov.uk publishes them', () => {
    expect(holidaysIn(2024)).toEqual(['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']);
    // Christmas on a Saturday, Boxing Day on a Sunday: Monday 27 and Tuesday 28 December.
    expect(holidaysIn(2021)).toEqual(['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']);
    // New Year on a Saturday; spring holiday moved to 2 June and the Jubilee on 3 June; the Queen's funeral.
    expect(holidaysIn(2022)).toEqual(['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']);
    expect(holidaysIn(2023)).toContain('2023-05-08');
    expect(holidaysIn(2020)).toContain('2020-05-08');
    expect(holidaysIn(2020)).not.toContain('2020-05-04');
  });

  it('counts working days from the day after, skipping weekends and holidays', () => {
    expect(weekday('2024-03-28')).toBe(4);
    // Thursday 28 March 2024: Good Friday 29, weekend, Easter Monday 1 April; the first working day is Tuesday 2 April.
    expect(addWorkingDays('2024-03-28', 1)).toBe('2024-04-02');
    // 20 working days from Monday 1 July 2024 (no holidays): four weeks later, Monday 29 July.
    expect(addWorkingDays('2024-07-01', 20)).toBe('2024-07-29');
    // From Monday 13 May 2024: 27 May is a holiday, so the 20th working day is Tuesday 11 June, not Monday 10.
    expect(addWorkingDays('2024-05-13', 20)).toBe('2024-06-11');
    expect(isWorkingDay('2024-12-26')).toBe(false);
    expect(() => isWorkingDay('1999-06-01')).toThrow(/2000 to 2030/);
  });
});
