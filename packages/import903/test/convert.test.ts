import { describe, expect, it } from 'vitest';
import { collectionYear } from '@careledger/ssda903';
import { convertReturn, importEventId, parseCsvTables, planImport, type FactCandidate } from '../src';
import { LA, YEAR_2024, YEAR_2025, csvTexts } from './fixtures';

const Y2024 = collectionYear(2024);
const Y2025 = collectionYear(2025);

const convert = (endYear: number, texts: Parameters<typeof csvTexts>[1]) => {
  const year = collectionYear(endYear);
  return convertReturn(parseCsvTables(csvTexts(endYear, texts), year), { laCode: LA, year });
};
const facts = (candidates: readonly FactCandidate[]) => candidates.filter((c) => c.fact).map((c) => ({ child: c.childId, key: c.key, ...c.fact }));

describe('Header and Episodes of a year -> case facts', () => {
  it('states each episode as the facts that derive it, and each child header as one ChildDetailsRecorded dated the return\'s 31 March', () => {
    const { candidates, refusals } = convert(2024, { header: YEAR_2024.header, uasc: YEAR_2024.uasc, episodes: YEAR_2024.episodes });
    expect(refusals).toEqual([]);
    expect(facts(candidates)).toEqual([
      { child: 'A', key: 'details:2024', type: 'ChildDetailsRecorded', occurredAt: '2024-03-31', payload: { sex: 'M', dateOfBirth: '2012-05-10', ethnicity: 'WBRI', upn: 'UN3', uasc: false } },
      { child: 'B', key: 'details:2024', type: 'ChildDetailsRecorded', occurredAt: '2024-03-31', payload: { sex: 'F', dateOfBirth: '2009-02-14', ethnicity: 'BAFR', upn: 'UN2', isMother: false, uasc: true } },
      {
        child: 'A', key: 'episode:2023-06-01', type: 'PeriodOfCareStarted', occurredAt: '2023-06-01',
        payload: { placementType: 'U4', placementProvider: 'PR1', placementPostcode: 'AB3 4EF', legalStatus: 'C2', categoryOfNeed: 'N1', homePostcode: 'AB1 2CD' },
      },
      // The reason the first placement ended (CARPL, on its row) is the reason of this move.
      {
        child: 'A', key: 'episode:2023-11-15', type: 'PlacementChanged', occurredAt: '2023-11-15',
        payload: { placementType: 'U6', placementProvider: 'PR4', placementPostcode: 'AB5 6GH', reasonForChange: 'CARPL', sameCarer: false },
      },
      {
        child: 'B', key: 'episode:2024-01-10', type: 'PeriodOfCareStarted', occurredAt: '2024-01-10',
        payload: { placementType: 'K2', placementProvider: 'PR4', urn: 'SC123456', legalStatus: 'V2', categoryOfNeed: 'N8' },
      },
    ]);
  });

  it('gives each fact an id from the LA, child and natural key alone: the same in every year and every run', () => {
    const id = importEventId(LA, 'A', 'episode:2023-11-15');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(importEventId(LA, 'A', 'episode:2023-11-15')).toBe(id);
    expect(importEventId(LA, 'B', 'episode:2023-11-15')).not.toBe(id);
    expect(importEventId('991', 'A', 'episode:2023-11-15')).not.toBe(id);
    const first = planImport(convert(2024, YEAR_2024).candidates, new Map(), { laCode: LA, year: Y2024 }).events;
    const again = planImport(convert(2024, YEAR_2024).candidates, new Map(), { laCode: LA, year: Y2024 }).events;
    expect(again).toEqual(first);
    expect(first.map((e) => [e.childId, e.type, e.occurredAt])).toEqual([
      ['A', 'PeriodOfCareStarted', '2023-06-01'],
      ['A', 'PlacementChanged', '2023-11-15'],
      ['B', 'PeriodOfCareStarted', '2024-01-10'],
      ['B', 'ReviewHeld', '2024-02-10'],
      ['B', 'MissingEpisodeStarted', '2024-03-01'],
      ['B', 'MissingEpisodeEnded', '2024-03-03'],
      ['A', 'ChildDetailsRecorded', '2024-03-31'],
      ['B', 'ChildDetailsRecorded', '2024-03-31'],
    ]);
    expect(first.every((e) => e.source === 'import903:2024' && e.recordedAt === '2024-06-30T12:00:00.000Z')).toBe(true);
    expect(first.find((e) => e.type === 'PlacementChanged')!.eventId).toBe(id);
  });

  it('starts the period of care at the first episode of a return whose earlier return is not imported', () => {
    const { candidates } = convert(2025, { header: YEAR_2025.header, episodes: YEAR_2025.episodes });
    const plan = planImport(candidates, new Map(), { laCode: LA, year: Y2025 });
    expect(plan.events.filter((e) => e.childId === 'A').map((e) => [e.type, e.occurredAt])).toEqual([
      ['PeriodOfCareStarted', '2023-11-15'],
      ['LegalStatusChanged', '2024-08-01'],
      ['PeriodOfCareEnded', '2025-01-20'],
      ['ChildDetailsRecorded', '2025-03-31'],
    ]);
    expect(plan.events.find((e) => e.type === 'PeriodOfCareStarted' && e.childId === 'A')!.eventId).toBe(importEventId(LA, 'A', 'episode:2023-11-15:carried-in'));
  });
});

describe('rows that cannot become events', () => {
  const refusalsOf = (result: { refusals: readonly { file: string; line: number; column: string; reason: string }[] }) =>
    result.refusals.map((r) => [r.file, r.line, r.column, r.reason]);

  it('names a child in Episodes that the Header does not have, and keeps the valid rows of the file', () => {
    const result = convert(2025, { header: YEAR_2025.header, episodes: YEAR_2025.episodes });
    expect(refusalsOf(result)).toEqual([['y2025/episodes.csv', 5, 'CHILD', "child C is not in the return's Header"]]);
    expect(result.candidates.filter((c) => c.fact?.type === 'PeriodOfCareEnded').map((c) => c.childId)).toEqual(['A']);
  });

  it('names a date that does not exist, by file, line and column', () => {
    const result = convert(2025, { header: YEAR_2025.header, reviews: YEAR_2025.reviews });
    expect(refusalsOf(result)).toEqual([['y2025/reviews.csv', 3, 'REVIEW', "REVIEW '31/02/2025' is not a day of the calendar"]]);
    expect(facts(result.candidates).filter((f) => f.type === 'ReviewHeld').map((f) => f.occurredAt)).toEqual(['2024-07-10']);
  });

  it('keeps a review whose participation was not recorded, as held without a code, and refuses one without a date', () => {
    const reviews = ['CHILD,DOB,REVIEW,REVIEW_CODE', 'B,14/02/2009,10/07/2024,', 'B,14/02/2009,,PN1'].join('\n');
    const result = convert(2025, { header: YEAR_2025.header, reviews });
    expect(facts(result.candidates)).toContainEqual({ child: 'B', key: 'review:2024-07-10', type: 'ReviewHeld', occurredAt: '2024-07-10', payload: {} });
    expect(refusalsOf(result)).toEqual([['y2025/reviews.csv', 3, 'REVIEW', "REVIEW '' is blank, and the 903 never leaves it blank"]]);
  });

  it('names a missing column once and refuses the rows that need it', () => {
    const withoutCin = YEAR_2024.episodes.replace(',CIN', '').replace(/,N[18],/g, ',');
    const result = convert(2024, { header: YEAR_2024.header, episodes: withoutCin });
    expect(refusalsOf(result)).toEqual([
      ['y2024/episodes.csv', 1, 'CIN', 'missing column: Episodes of 2023-24 has CIN; its cells are read as blank'],
      ['y2024/episodes.csv', 2, 'CIN', 'blank: an episode starting care (RNE S) states the category of need'],
      ['y2024/episodes.csv', 4, 'CIN', 'blank: an episode starting care (RNE S) states the category of need'],
    ]);
    // A's move does not need the category of need: it is still stated.
    expect(facts(result.candidates).filter((f) => f.type === 'PlacementChanged').map((f) => f.occurredAt)).toEqual(['2023-11-15']);
  });

  it('names an unknown code by its 903 column, as the 903 reader checks it against the year\'s list', () => {
    const unknown = YEAR_2024.episodes.replace('B,10/01/2024,S,V2,N8,K2', 'B,10/01/2024,S,V2,N8,Q9');
    const result = convert(2024, { header: YEAR_2024.header, episodes: unknown });
    expect(refusalsOf(result).map(([file, line, column]) => [file, line, column])).toEqual([['y2024/episodes.csv', 4, 'PLACE']]);
    expect(refusalsOf(result)[0]![3]).toContain("2023-24's list");
    const plan = planImport(result.candidates, new Map(), { laCode: LA, year: Y2024 });
    expect(plan.events.some((e) => e.childId === 'B' && e.type === 'PeriodOfCareStarted')).toBe(false);
    expect(plan.events.filter((e) => e.childId === 'A')).toHaveLength(3);
  });

  it('refuses an RNE that is not a reason for a new episode', () => {
    const bad = YEAR_2024.episodes.replace('A,15/11/2023,P,', 'A,15/11/2023,Q,');
    expect(refusalsOf(convert(2024, { header: YEAR_2024.header, episodes: bad }))).toEqual([
      ['y2024/episodes.csv', 3, 'RNE', "RNE 'Q' is not a code of 2023-24's list (S, L, P, T, B, U)"],
    ]);
  });
});
