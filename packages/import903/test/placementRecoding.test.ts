import { describe, expect, it } from 'vitest';
import { collectionYear } from '@careledger/ssda903';
import { convertReturn, parseCsvTables } from '../src';
import { LA, csvTexts } from './fixtures';

const HEADER = ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', 'A,F,10/05/2007,WBRI,UN3,0,', 'B,M,01/02/2007,WBRI,UN3,,'].join('\n');

describe('a placement the 2024-25 return recodes (rule 503D)', () => {
  it('reads a K3 dated before K3 existed (28 October 2023) as the H5 placement it is, and a later K3 as K3', () => {
    const year = collectionYear(2025);
    const episodes = [
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
      // A's supported accommodation began 16 April 2023 as H5: the 2024-25 return can only say K3.
      'A,16/04/2023,S,C2,N1,K3,PR4,,,,AB1 2CD,AB3 4EF,SC111111',
      'B,01/11/2023,S,C2,N1,K3,PR4,,,,AB1 2CD,AB3 4EF,SC222222',
    ].join('\n');
    const { candidates, refusals } = convertReturn(parseCsvTables(csvTexts(2025, { header: HEADER, episodes }), year), { laCode: LA, year });
    expect(refusals).toEqual([]);
    const starts = candidates.filter((c) => c.fact?.type === 'PeriodOfCareStarted').map((c) => [c.childId, c.fact!.occurredAt, c.fact!.payload.placementType]);
    expect(starts).toEqual([['A', '2023-04-16', 'H5'], ['B', '2023-11-01', 'K3']]);
  });
});
