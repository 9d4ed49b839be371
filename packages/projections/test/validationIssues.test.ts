import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { ProjectionStore, storedEvents } from '../src';

let dir: string;
let store: ProjectionStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-validation-issues-'));
  store = await ProjectionStore.open({ path: join(dir, 'p.duckdb') });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const issue = (rule: string, childId: string, rowCount = 1) => ({ rule, childId, tableName: 'Episodes', message: `rule ${rule}`, rowCount });
const check = (children: string[], found: ReturnType<typeof issue>[], at: string) => ({ laCode: '999', collectionYear: '2026-27', children, found, at });

describe('validation_issues', () => {
  it('opens an issue when first found, keeps when it was first seen while found again, and resolves it when a check no longer finds it', async () => {
    await store.recordValidationIssues(check(['A', 'B'], [issue('103', 'A'), issue('142', 'B')], '2026-12-01T02:00:00Z'));
    // B is not checked this time: its issue stays open whatever; A's 103 is found again (now on two rows).
    await store.recordValidationIssues(check(['A'], [issue('103', 'A', 2)], '2026-12-02T02:00:00Z'));
    // A checked again and clean: resolved.
    await store.recordValidationIssues(check(['A'], [], '2026-12-03T02:00:00Z'));
    const all = await store.validationIssues('999');
    expect(all.map((i) => [i.rule, i.childId, i.rowCount, i.firstSeen, i.resolvedAt])).toEqual([
      ['103', 'A', 2, '2026-12-01T02:00:00Z', '2026-12-03T02:00:00Z'],
      ['142', 'B', 1, '2026-12-01T02:00:00Z', null],
    ]);
    expect((await store.validationIssues('999', { open: true })).map((i) => i.rule)).toEqual(['142']);
  });

  it('opens a new issue when a resolved one comes back, keeping the old one as it was', async () => {
    await store.recordValidationIssues(check(['A'], [issue('103', 'A')], '2026-12-01T02:00:00Z'));
    await store.recordValidationIssues(check(['A'], [], '2026-12-02T02:00:00Z'));
    await store.recordValidationIssues(check(['A'], [issue('103', 'A')], '2026-12-03T02:00:00Z'));
    expect((await store.validationIssues('999')).map((i) => [i.firstSeen, i.resolvedAt])).toEqual([
      ['2026-12-03T02:00:00Z', null],
      ['2026-12-01T02:00:00Z', '2026-12-02T02:00:00Z'],
    ]);
  });

  it('owes a check to every child it re-derives until a check of that child is recorded or dropped', async () => {
    const events = ['A', 'B', 'C'].flatMap((id) => {
      const child = new ChildHistory('999', id);
      child.details({ dob: '2012-01-01' });
      child.startCare('2026-05-01', { ls: 'C1', place: 'U6' });
      return child.events;
    });
    await store.foldBatch('projector', storedEvents(events), new Map([[0, events.length]]));
    expect(await store.pendingValidation()).toEqual([]); // folded but not yet derived: nothing to check yet
    await store.deriveDirtyChildren();
    const ids = async () => (await store.pendingValidation()).map((c) => `${c.laCode}:${c.childId}`);
    expect(await ids()).toEqual(['999:A', '999:B', '999:C']);
    // A crash between derive and check loses nothing: the debt is in the file.
    store.close();
    store = await ProjectionStore.open({ path: join(dir, 'p.duckdb') });
    expect(await ids()).toEqual(['999:A', '999:B', '999:C']);
    await store.recordValidationIssues(check(['A'], [], '2026-12-01T02:00:00Z'));
    expect(await ids()).toEqual(['999:B', '999:C']);
    await store.dropPendingValidation([{ laCode: '999', childId: 'C' }]);
    expect(await ids()).toEqual(['999:B']);
  });
});
