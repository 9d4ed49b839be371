import { describe, expect, it } from 'vitest';
import { encodeEvent, encodeValidatedEvent, type CaseEvent } from '@careledger/events';
import { collectionYear } from '@careledger/ssda903';
import { convertReturn, foldImportedHistory, parseCsvTables, planImport, type ImportedHistory } from '../src';
import { LA, YEAR_2024, YEAR_2025, csvTexts, type YearTexts } from './fixtures';

const plan = (endYear: number, texts: Partial<YearTexts>, history: ImportedHistory) => {
  const year = collectionYear(endYear);
  const { candidates } = convertReturn(parseCsvTables(csvTexts(endYear, texts), year), { laCode: LA, year });
  return planImport(candidates, history, { laCode: LA, year }).events;
};

describe('the events an import hands to ingest', () => {
  it('are the validator\'s output, facts and corrections, so their plain JSON is the canonical encoding', () => {
    const first = plan(2024, YEAR_2024, new Map());
    // 2024-25 replaces B's start (see importReturn.test.ts; each return's header is its own fact): a correction too.
    const second = plan(2025, YEAR_2025, foldImportedHistory(first, LA));
    const events: CaseEvent[] = [...first, ...second];
    expect(second.filter((e) => e.type === 'EventReplaced')).toHaveLength(1);
    expect(events.map(encodeValidatedEvent)).toEqual(events.map(encodeEvent));
  });
});
