import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageInYears, formatDdMmYyyy, isCalendarDate, parseDdMmYyyy, todayInLondon } from '../src';

describe('calendar dates', () => {
  it('keeps 31 March as 31 March, whatever the time zone', () => {
    expect(formatDdMmYyyy('2024-03-31')).toBe('31/03/2024');
    expect(parseDdMmYyyy('31/03/2024')).toBe('2024-03-31');
    expect(addDays('2024-03-31', 1)).toBe('2024-04-01');
    // 23:30 on 31 March 2024 UTC is already 1 April in London (British Summer Time)
    expect(todayInLondon(new Date('2024-03-31T23:30:00Z'))).toBe('2024-04-01');
    expect(todayInLondon(new Date('2024-01-31T23:30:00Z'))).toBe('2024-01-31');
  });

  it('counts whole years of age, a child aged 17 on 31 March being 17 until the birthday', () => {
    expect(ageInYears('2006-08-20', '2024-03-31')).toBe(17);
    expect(ageInYears('2006-08-20', '2024-08-19')).toBe(17);
    expect(ageInYears('2006-08-20', '2024-08-20')).toBe(18);
    expect(ageInYears('2008-02-29', '2026-02-28')).toBe(17);
  });

  it('refuses impossible dates', () => {
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(parseDdMmYyyy('31/04/2024')).toBeUndefined();
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
});
