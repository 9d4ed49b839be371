import { describe, expect, it } from 'vitest';
import { readNeighbourGroupings, shippedComparatorTables } from '../../src';
import { NEIGHBOURS_CSV } from './world';

describe('statistical neighbour groupings in DfE\'s layout', () => {
  it('reads each LA\'s ten neighbours closest first, keeping the former councils apart', () => {
    const groupings = readNeighbourGroupings(NEIGHBOURS_CSV, 'sn.csv');
    expect([...groupings.groups.keys()]).toEqual(['901', '902']);
    expect(groupings.groups.get('901')).toEqual({
      laCode: '901', laName: 'Alpha',
      neighbours: ['902', '903', '904', '905', '906', '907', '908', '909', '910', '911'].map((laCode, i) => ({ laCode, closeness: i < 3 ? 'Very Close' : 'Close' })),
    });
    // 930 is after "Old SNs:": a former council, never a current LA's grouping.
    expect([...groupings.former.keys()]).toEqual(['930']);
    expect(groupings.groups.has('930')).toBe(false);
  });

  it('reads the shipped April 2021 groupings', () => {
    const { groupings } = shippedComparatorTables().neighbours;
    // Cheshire East's 2018 committee paper (seeds-002-004 3.3.7, an older grouping) names Cheshire West and
    // Chester, Warwickshire, Central Bedfordshire, Warrington, Hampshire, North Yorkshire, East Riding, Solihull,
    // North Somerset and West Berkshire; the 2021 groupings keep eight of them and add Worcestershire (885) and
    // Leicestershire (855) in place of Solihull and West Berkshire.
    expect(groupings.groups.get('895')!.neighbours.map((n) => n.laCode)).toEqual(['896', '937', '823', '815', '850', '877', '802', '811', '885', '855']);
    expect(groupings.groups.get('895')!.neighbours[0]!.closeness).toBe('Very Close');
    expect(groupings.former.get('928')!.laName).toBe('Northamptonshire');
    expect(groupings.groups.size).toBe(152);
  });

  it('refuses a code that is not three digits, an LA listed twice and a missing SN column, naming line and column', () => {
    const bad = NEIGHBOURS_CSV.replace('901,Alpha,901,2,North West,902,', '901,Alpha,901,2,North West,92,') + '\r\n' + NEIGHBOURS_CSV.split('\r\n')[2];
    let error: { code: string; context: { errors: { line: number; column: string; value: string; reason: string }[] } } | undefined;
    try { readNeighbourGroupings(bad, 'sn.csv'); } catch (e) { error = e as never; }
    expect(error!.code).toBe('published.unreadable');
    // Line 2 (Alpha's SN1 is 92); the last line repeats Beta (902) in the former section, so that is no conflict;
    // a second Beta in the current section would be.
    expect(error!.context.errors).toEqual([expect.objectContaining({ line: 2, column: 'SN1', value: '92', reason: 'not a DfE three-digit LA code' })]);
    const twice = `${NEIGHBOURS_CSV.split('\r\n').slice(0, 3).join('\r\n')}\r\n${NEIGHBOURS_CSV.split('\r\n')[2]}`;
    expect(() => readNeighbourGroupings(twice, 'sn.csv')).toThrow(/sn\.csv, line 4, LA num: '902' the LA is listed twice/);
    expect(() => readNeighbourGroupings(NEIGHBOURS_CSV.replace('SN10,', 'SNX,'), 'sn.csv')).toThrow(/sn\.csv, line 1, SN10: the column is missing/);
  });
});
