import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeEvent, type CaseEvent } from '@careledger/events';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { FileDeadLetterStore, IngestService } from '@careledger/ingest';
import { computeAnnualReturn } from '@careledger/returns';
import { ReturnSpec, withProjections } from '@careledger/returns/testing';
import { collectionYear } from '@careledger/ssda903';
import { importReturn, parseCsvTables, type ImportReport } from '../src';
import { LA, YEAR_2024, YEAR_2025, csvTexts, type YearTexts } from './fixtures';

let dir: string;
let log: EmbeddedEventLog;
let deadLetters: FileDeadLetterStore;
let ingest: IngestService;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-import903-'));
  log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
  deadLetters = new FileDeadLetterStore(join(dir, 'dead-letter.ndjson'));
  ingest = await IngestService.open(log, deadLetters, undefined, { indexPath: join(dir, 'ingest-index.duckdb') });
});
afterEach(async () => {
  await ingest.close();
  await log.close();
  rmSync(dir, { recursive: true, force: true });
});

function importYear(endYear: number, texts: Partial<YearTexts>): Promise<ImportReport> {
  const year = collectionYear(endYear);
  return importReturn(parseCsvTables(csvTexts(endYear, texts), year), { laCode: LA, year }, { log, ingest, deadLetters });
}

async function logEvents(): Promise<CaseEvent[]> {
  const events: CaseEvent[] = [];
  await log.replay(async (batch) => {
    for (const record of batch) {
      const decoded = decodeEvent(record.value);
      if (decoded.ok) events.push(decoded.event);
    }
  });
  return events;
}

const deadLetterLines = () => readFileSync(join(dir, 'dead-letter.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number; raw: string; errors: unknown[] });

const counts = (r: ImportReport) => ({ appended: r.appended, unchanged: r.unchanged, replaced: r.replaced, retracted: r.retracted, contradictions: r.contradictions.length, refused: r.refused.length });

// The 2024-25 episodes as the 2024-25 return states them (C's row aside): what careledger must give back.
const EPISODES_2025 = [
  { CHILD: 'A', DECOM: '15/11/2023', RNE: 'P', LS: 'C2', CIN: 'N1', PLACE: 'U6', PLACE_PROVIDER: 'PR4', DEC: '01/08/2024', REC: 'X1', REASON_PLACE_CHANGE: '', HOME_POST: 'AB1 2CD', PL_POST: 'AB5 6GH', URN: '' },
  { CHILD: 'A', DECOM: '01/08/2024', RNE: 'L', LS: 'E1', CIN: 'N1', PLACE: 'U6', PLACE_PROVIDER: 'PR4', DEC: '20/01/2025', REC: 'E4A', REASON_PLACE_CHANGE: '', HOME_POST: 'AB1 2CD', PL_POST: 'AB5 6GH', URN: '' },
  { CHILD: 'B', DECOM: '10/01/2024', RNE: 'S', LS: 'V2', CIN: 'N4', PLACE: 'K2', PLACE_PROVIDER: 'PR4', DEC: '', REC: '', REASON_PLACE_CHANGE: '', HOME_POST: '', PL_POST: '', URN: 'SC123456' },
];

describe('importing consecutive returns', () => {
  it('stitches the episode open on 31 March into one, the later return winning where they contradict', async () => {
    const first = await importYear(2024, YEAR_2024);
    expect(counts(first)).toEqual({ appended: 8, unchanged: 0, replaced: 0, retracted: 0, contradictions: 0, refused: 0 });

    const second = await importYear(2025, YEAR_2025);
    // New: A's legal change and leaving care, B's review and missing episode, and each child's 2024-25 header (a
    // header states the details at its own 31 March, so B's DUC, first known in 2024-25, contradicts nothing). A's
    // open episode (whose REASON_PLACE_CHANGE 2024-25's first row cannot know) is unchanged; B's start is replaced.
    expect(counts(second)).toEqual({ appended: 6, unchanged: 1, replaced: 1, retracted: 0, contradictions: 1, refused: 2 });
    expect(second.contradictions).toEqual([
      { childId: 'B', fact: 'episode:2024-01-10', field: 'CIN', earlier: { year: 2024, value: 'N8' }, later: { year: 2025, value: 'N4' }, resolution: 'replaced', file: 'y2025/episodes.csv', line: 4 },
    ]);
    expect(second.refused.map((r) => [r.file, r.line, r.column])).toEqual([['y2025/episodes.csv', 5, 'CHILD'], ['y2025/reviews.csv', 3, 'REVIEW']]);

    await ReturnSpec.given(await logEvents()).forLa(LA).year(2025).asAt('2025-06-30').then.table('episodes', EPISODES_2025);
    await ReturnSpec.given(await logEvents()).forLa(LA).year(2025).asAt('2025-06-30').then.table('uasc', [{ CHILD: 'B', DOB: '14/02/2009', SEX: 'F', DUC: '01/06/2024' }]);
  });

  it('changes nothing when a return is imported again, and keeps its refused rows in the dead-letter store once', async () => {
    await importYear(2024, YEAR_2024);
    await importYear(2025, YEAR_2025);
    const logged = (await logEvents()).length;
    const letters = deadLetterLines();
    expect(letters.map((l) => [JSON.parse(l.raw).file, l.line])).toEqual([['y2025/episodes.csv', 5], ['y2025/reviews.csv', 3]]);
    expect(JSON.parse(letters[0]!.raw).row).toMatchObject({ CHILD: 'C', DECOM: '2025-02-01' });

    for (const [endYear, texts] of [[2025, YEAR_2025], [2024, YEAR_2024]] as const) {
      const again = await importYear(endYear, texts);
      expect(again.appended + again.replaced + again.retracted).toBe(0);
    }
    expect((await logEvents()).length).toBe(logged);
    expect(deadLetterLines()).toHaveLength(2);
  });

  it('ends with the same projections whichever year is imported first', async () => {
    await importYear(2025, YEAR_2025);
    const reverse = await importYear(2024, YEAR_2024);
    // The earlier return, imported second, adds its headers, A's start and move (withdrawing the start inferred from
    // 2024-25's first episode) and B's 2023-24 review and missing episode, and yields where 2024-25 said otherwise.
    expect(counts(reverse)).toEqual({ appended: 7, unchanged: 0, replaced: 0, retracted: 1, contradictions: 1, refused: 0 });
    expect(reverse.contradictions.map((c) => [c.childId, c.field, c.earlier, c.later, c.resolution, c.file])).toEqual([
      ['B', 'CIN', { year: 2024, value: 'N8' }, { year: 2025, value: 'N4' }, 'kept', 'y2024/episodes.csv'],
    ]);
    const reversed = await logEvents();

    await log.close();
    await ingest.close();
    rmSync(join(dir, 'log'), { recursive: true, force: true });
    rmSync(join(dir, 'ingest-index.duckdb'), { force: true });
    log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
    ingest = await IngestService.open(log, deadLetters, undefined, { indexPath: join(dir, 'ingest-index.duckdb') });
    await importYear(2024, YEAR_2024);
    await importYear(2025, YEAR_2025);
    const forward = await logEvents();

    const tablesOf = (events: CaseEvent[], endYear: number) => withProjections(events, async (store) =>
      (await computeAnnualReturn(store, { laCode: LA, year: collectionYear(endYear), asAt: '2025-06-30' })).tables);
    for (const endYear of [2024, 2025]) expect(await tablesOf(reversed, endYear)).toEqual(await tablesOf(forward, endYear));
    await ReturnSpec.given(reversed).forLa(LA).year(2025).asAt('2025-06-30').then.table('episodes', EPISODES_2025);
  });
});
