import { describe, expect, it } from 'vitest';
import { collectionYear } from '@careledger/ssda903';
import { convertReturn, type SourceTable } from '../src';
import { LA } from './fixtures';

// Two children whose rows interleave in every table, so a table read child by child (Header reads UASC, PrevPerm
// reads Episodes) must take each child's rows only: E in care from 10 January 2020, home on 1 January 2021 and back
// on 1 June 2022; F in care from 1 March 2021, moved on 1 February 2023, UASC until 1 May 2024.
const table = (name: string, rows: Record<string, string>[]): SourceTable => ({ file: `${name}.csv`, rows: rows.map((cells, i) => ({ line: i + 2, cells })) });
const episode = (CHILD: string, DECOM: string, RNE: string, DEC = '', REC = '') => ({
  CHILD, DECOM, RNE, LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', DEC, REC, REASON_PLACE_CHANGE: '', HOME_POST: '', PL_POST: '', URN: '',
});

const input = {
  tables: {
    Header: table('header', [
      { CHILD: 'E', SEX: 'M', DOB: '2012-04-02', ETHNIC: 'WBRI', UPN: 'UN5', MOTHER: '', MC_DOB: '' },
      { CHILD: 'F', SEX: 'F', DOB: '2008-09-30', ETHNIC: 'BAFR', UPN: 'UN6', MOTHER: '', MC_DOB: '' },
    ]),
    UASC: table('uasc', [{ CHILD: 'F', DOB: '2008-09-30', SEX: 'F', DUC: '2024-05-01' }]),
    Episodes: table('episodes', [
      episode('E', '2020-01-10', 'S', '2021-01-01', 'E11'),
      episode('F', '2021-03-01', 'S', '2023-02-01', 'X1'),
      episode('E', '2022-06-01', 'S'),
      episode('F', '2023-02-01', 'P'),
    ]),
    PrevPerm: table('prevPerm', [
      { CHILD: 'F', DOB: '2008-09-30', PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' },
      { CHILD: 'E', DOB: '2012-04-02', PREV_PERM: 'P1', LA_PERM: '', DATE_PERM: '' },
    ]),
  },
  issues: [],
};

describe('tables that read another table child by child', () => {
  it('date PrevPerm by the child\'s own latest start of care and take UASC from the child\'s own row', () => {
    const { candidates, refusals } = convertReturn(input, { laCode: LA, year: collectionYear(2025) });
    expect(refusals).toEqual([]);
    const of = (type: string) => candidates.filter((c) => c.fact?.type === type).map((c) => [c.childId, c.fact!.occurredAt, c.fact!.payload]);
    expect(of('PreviousPermanenceRecorded')).toEqual([
      ['F', '2021-03-01', { previousPermanence: 'Z1' }],
      ['E', '2022-06-01', { previousPermanence: 'P1' }],
    ]);
    expect(of('ChildDetailsRecorded').map(([child, , payload]) => [child, (payload as Record<string, unknown>).uasc, (payload as Record<string, unknown>).uascCeasedDate])).toEqual([
      ['E', false, undefined],
      ['F', true, '2024-05-01'],
    ]);
  });
});
