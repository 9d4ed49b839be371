import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { collectionYear, isTableInYear, tablesInYear } from '../src';
import { LA, returnOf } from './support/returnOf';

/**
 * Collection year 2023-24. Worked by hand:
 *   SA  in care since 10 Jan 2022; SW1A from then (MANAGE), changed to SW1B on 15 Sep 2023 (LEFTRL), to SW1D on
 *       5 Apr 2024                                 -> SW1A 2022-01-10..2023-09-15 MANAGE; SW1B 2023-09-15..(blank) LEFTRL
 *   SB  in care 1 May to 1 Dec 2023; XX9 from 1 May  -> XX9 2023-05-01..2023-12-01 (the end of care ends it)
 *   SC  in care since 2021; SW0 until SW1 on 1 Jun 2022 (before the year); SWC1 and SWC2 both allocated on
 *       10 Jan 2024, SWC2 recorded later            -> SW1 2022-06-01..2024-01-10; SWC2 2024-01-10..(blank)
 */
function history(): CaseEvent[] {
  const sa = new ChildHistory(LA, 'SA');
  sa.details({ dob: '2014-02-02' }, '2022-01-10');
  sa.startCare('2022-01-10', { ls: 'C2', cin: 'N1', place: 'U4' });
  sa.record('SocialWorkerAllocated', '2022-01-10', { socialWorkerId: 'SW1A', reason: 'MANAGE' });
  sa.record('SocialWorkerAllocated', '2023-09-15', { socialWorkerId: 'SW1B', reason: 'LEFTRL' });
  sa.record('SocialWorkerAllocated', '2024-04-05', { socialWorkerId: 'SW1D', reason: 'ORGRST' });

  const sb = new ChildHistory(LA, 'SB');
  sb.details({ dob: '2011-08-08' }, '2023-05-01');
  sb.startCare('2023-05-01', { ls: 'V2', cin: 'N4', place: 'U6' });
  sb.record('SocialWorkerAllocated', '2023-05-01', { socialWorkerId: 'XX9', reason: 'MANAGE' });
  sb.endCare('2023-12-01', 'E4A');

  const sc = new ChildHistory(LA, 'SC');
  sc.details({ dob: '2009-12-12' }, '2021-03-01');
  sc.startCare('2021-03-01', { ls: 'C2', cin: 'N1', place: 'U4' });
  sc.record('SocialWorkerAllocated', '2021-03-01', { socialWorkerId: 'SW0', reason: 'MANAGE' });
  sc.record('SocialWorkerAllocated', '2022-06-01', { socialWorkerId: 'SW1', reason: 'PCCHAN' });
  sc.record('SocialWorkerAllocated', '2024-01-10', { socialWorkerId: 'SWC1', reason: 'ABSENC' });
  sc.record('SocialWorkerAllocated', '2024-01-10', { socialWorkerId: 'SWC2', reason: 'OTHERS' });

  return [sa, sb, sc].flatMap((child) => child.events);
}

const row = (CHILD: string, DOB: string, SW_ID: string, SW_DECOM: string, SW_DEC: string, SW_REASON: string) => ({ CHILD, DOB, SW_ID, SW_DECOM, SW_DEC, SW_REASON });

describe('SWEpisodes: social worker episodes overlapping the year', () => {
  it('ends an episode at the next allocation or the end of care, and leaves one open at the cutoff open', async () => {
    const tables = await returnOf(history(), 2024);
    expect(tables.swEpisodes).toEqual([
      row('SA', '2014-02-02', 'SW1A', '2022-01-10', '2023-09-15', 'MANAGE'),
      row('SA', '2014-02-02', 'SW1B', '2023-09-15', '', 'LEFTRL'),
      row('SB', '2011-08-08', 'XX9', '2023-05-01', '2023-12-01', 'MANAGE'),
      row('SC', '2009-12-12', 'SW1', '2022-06-01', '2024-01-10', 'PCCHAN'),
      row('SC', '2009-12-12', 'SWC2', '2024-01-10', '', 'OTHERS'),
    ]);
  });

  it('as at a mid-year date, knows only the changes by then', async () => {
    const tables = await returnOf(history(), 2024, '2023-08-31');
    expect(tables.swEpisodes).toEqual([
      row('SA', '2014-02-02', 'SW1A', '2022-01-10', '', 'MANAGE'),
      row('SB', '2011-08-08', 'XX9', '2023-05-01', '', 'MANAGE'),
      row('SC', '2009-12-12', 'SW1', '2022-06-01', '', 'PCCHAN'),
    ]);
  });

  it('does not exist before 2023-24', async () => {
    expect(isTableInYear('swEpisodes', collectionYear(2023))).toBe(false);
    expect(isTableInYear('swEpisodes', collectionYear(2024))).toBe(true);
    expect(tablesInYear(collectionYear(2023))).not.toContain('swEpisodes');
    expect(tablesInYear(collectionYear(2024)).at(-1)).toBe('swEpisodes');
    const tables = await returnOf(history(), 2023);
    expect(tables.episodes.length).toBeGreaterThan(0);
    expect(tables.swEpisodes).toEqual([]);
  });
});
