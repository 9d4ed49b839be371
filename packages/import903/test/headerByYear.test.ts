import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '@careledger/events';
import { ReturnSpec } from '@careledger/returns/testing';
import { collectionYear } from '@careledger/ssda903';
import { convertReturn, foldImportedHistory, parseCsvTables, planImport } from '../src';
import { LA, csvTexts } from './fixtures';

// One child over two returns: in 2023-24 D has no UPN yet (UN1) and is not a mother; by 31 March 2025 she has a UPN
// and a child born 6 August 2024. Each return's Header states the details as they stood at its 31 March.
const HEADER_2024 = ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', 'D,2,03/02/2008,WBRI,UN1,0,'].join('\n');
const HEADER_2025 = ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', 'D,F,03/02/2008,WBRI,A123456789012,1,06/08/2024'].join('\n');
const EPISODES_COLUMNS = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const EPISODES_2024 = [EPISODES_COLUMNS, 'D,01/06/2023,S,C2,N1,U4,PR1,,,,AB1 2CD,AB3 4EF,1234567'].join('\n');
const EPISODES_2025 = [EPISODES_COLUMNS, 'D,01/06/2023,S,C2,N1,U4,PR1,,,,AB1 2CD,AB3 4EF,1234567'].join('\n');

function importInOrder(years: readonly [number, { header: string; episodes: string }][]): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (const [endYear, texts] of years) {
    const year = collectionYear(endYear);
    const { candidates } = convertReturn(parseCsvTables(csvTexts(endYear, texts), year), { laCode: LA, year });
    const plan = planImport(candidates, foldImportedHistory(events, LA), { laCode: LA, year });
    expect(plan.refusals).toEqual([]);
    expect(plan.contradictions).toEqual([]);
    events.push(...plan.events);
  }
  return events;
}

describe('the Header of each return', () => {
  for (const order of [[2024, 2025], [2025, 2024]]) {
    it(`restates each year with its own header, imported ${order.join(' then ')}`, async () => {
      const texts = { 2024: { header: HEADER_2024, episodes: EPISODES_2024 }, 2025: { header: HEADER_2025, episodes: EPISODES_2025 } } as const;
      const events = importInOrder(order.map((y) => [y, texts[y as 2024 | 2025]] as [number, { header: string; episodes: string }]));
      expect(events.filter((e) => e.type === 'ChildDetailsRecorded').map((e) => e.occurredAt).sort()).toEqual(['2024-03-31', '2025-03-31']);
      await ReturnSpec.given(events).forLa(LA).year(2024).asAt('2025-06-30').then.table('header', [
        { CHILD: 'D', SEX: '2', DOB: '03/02/2008', ETHNIC: 'WBRI', UPN: 'UN1', MOTHER: '0', MC_DOB: '' },
      ]);
      await ReturnSpec.given(events).forLa(LA).year(2025).asAt('2025-06-30').then.table('header', [
        { CHILD: 'D', SEX: 'F', DOB: '03/02/2008', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: '1', MC_DOB: '06/08/2024' },
      ]);
    });
  }
});
