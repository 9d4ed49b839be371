import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeEvent, type CaseEvent } from '@careledger/events';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { FileDeadLetterStore, IngestService } from '@careledger/ingest';
import { ReturnSpec } from '@careledger/returns/testing';
import { collectionYear } from '@careledger/ssda903';
import { convertReturn, importReturn, parseCsvTables, planImport } from '../src';
import { LA } from './fixtures';

// A 2026-27 return, written by hand. E is in care from 1 March 2026, in a children's home (K2) from 1 June 2026:
//   line 2: an order from 1 June to 30 September 2026       -> made and ended
//   line 3: an order from 1 November 2026, open on 31 March -> made; its end not yet happened
//   line 4: an order ending before it starts                -> refused on DOLO_END
//   line 5: an order with no start                          -> refused on DOLO_START (the reader's notBlank)
//   line 6: an order from 1 February 2026, before E's care  -> refused by ingest's chronology, on DOLO_START
const Y2027 = collectionYear(2027);
const TEXTS = {
  header: { file: 'y2027/header.csv', text: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nE,F,01/09/2012,WBRI,UN1,,\n' },
  episodes: {
    file: 'y2027/episodes.csv',
    text: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n'
      + 'E,01/03/2026,S,C2,N1,U4,PR1,01/06/2026,X1,CARPL,,,\n'
      + 'E,01/06/2026,P,C2,N1,K2,PR1,,,,,,SC123456\n',
  },
  dolo: {
    file: 'y2027/dolo.csv',
    text: 'CHILD,DOB,DOLO_START,DOLO_END\n'
      + 'E,01/09/2012,01/06/2026,30/09/2026\n'
      + 'E,01/09/2012,01/11/2026,\n'
      + 'E,01/09/2012,05/12/2026,04/12/2026\n'
      + 'E,01/09/2012,,\n'
      + 'E,01/09/2012,01/02/2026,\n',
  },
};

describe('DoLo -> deprivation of liberty orders', () => {
  it('states each order as made on DOLO_START and ended on DOLO_END, paired by the start', () => {
    const input = parseCsvTables(TEXTS, Y2027);
    const { candidates, refusals } = convertReturn(input, { laCode: LA, year: Y2027 });
    const plan = planImport(candidates, new Map(), { laCode: LA, year: Y2027 });
    // In date order; the order before care is not the import's to judge (ingest's chronology refuses it).
    expect(plan.events.filter((e) => e.type.startsWith('DeprivationOfLiberty')).map((e) => [e.type, e.occurredAt, e.payload])).toEqual([
      ['DeprivationOfLibertyOrderMade', '2026-02-01', { orderId: '903-2026-02-01' }],
      ['DeprivationOfLibertyOrderMade', '2026-06-01', { orderId: '903-2026-06-01' }],
      ['DeprivationOfLibertyOrderEnded', '2026-09-30', { orderId: '903-2026-06-01' }],
      ['DeprivationOfLibertyOrderMade', '2026-11-01', { orderId: '903-2026-11-01' }],
    ]);
    expect([...refusals, ...plan.refusals].map((r) => [r.line, r.column, r.reason]).sort()).toEqual([
      [4, 'DOLO_END', 'the order ends (2026-12-04) before it starts (2026-12-05)'],
      [5, 'DOLO_START', "DOLO_START '' is blank, and the 903 never leaves it blank"],
    ]);
  });
});

describe('importing a 2026-27 DoLo file', () => {
  let dir: string;
  let log: EmbeddedEventLog;
  let ingest: IngestService;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'careledger-import903-dolo-'));
    log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
    ingest = await IngestService.open(log, new FileDeadLetterStore(join(dir, 'dead-letter.ndjson')), undefined, { indexPath: join(dir, 'ingest-index.duckdb') });
  });
  afterEach(async () => {
    await ingest.close();
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives back the orders it was given, and refuses an order before the child was in care', async () => {
    const report = await importReturn(parseCsvTables(TEXTS, Y2027), { laCode: LA, year: Y2027 }, { log, ingest, deadLetters: new FileDeadLetterStore(join(dir, 'dead-letter.ndjson')) });
    expect(report.refused.map((r) => [r.line, r.column])).toEqual([[4, 'DOLO_END'], [5, 'DOLO_START'], [6, 'DOLO_START']]);
    // Ingest takes the return's facts in date order: on 1 February no care of E's is known yet.
    expect(report.refused[2]!.reason).toMatch(/DeprivationOfLibertyOrderMade on 2026-02-01 for a child never in care/);
    const events: CaseEvent[] = [];
    await log.replay(async (batch) => {
      for (const record of batch) {
        const decoded = decodeEvent(record.value);
        if (decoded.ok) events.push(decoded.event);
      }
    });
    await ReturnSpec.given(events).forLa(LA).year(2027).asAt('2027-06-30').then.table('dolo', [
      { CHILD: 'E', DOB: '01/09/2012', DOLO_START: '01/06/2026', DOLO_END: '30/09/2026' },
      { CHILD: 'E', DOB: '01/09/2012', DOLO_START: '01/11/2026', DOLO_END: '' },
    ]);
  });
});
