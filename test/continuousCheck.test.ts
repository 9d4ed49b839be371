import { describe, expect, it } from 'vitest';
import { ProjectionStore, storedEvents } from '@careledger/projections';
import { collectionYear, selectReturn } from '@careledger/ssda903';
import { generateHistory } from '@careledger/synthetic';
import { checkChildren, type ChildIssue } from '@careledger/validation903';

const TODAY = '2026-11-30';
const key = (issue: ChildIssue) => `${issue.rule}|${issue.childId}|${issue.tableName}|${issue.rowCount}`;

describe('the continuous check of the children a derive touched', () => {
  it('finds for a few children exactly what checking the whole return finds for them, reading only their rows', async () => {
    const history = generateHistory({ asAt: '2026-11-30', childrenInCare: 150, seed: 11 });
    const store = await ProjectionStore.open({ path: ':memory:' });
    try {
      await store.foldBatch('test', storedEvents(history.events), new Map([[0, history.events.length]]));
      await store.deriveDirtyChildren();
      const everyChild = (await store.query<{ child_id: string }>('SELECT child_id FROM children ORDER BY child_id')).map((r) => r.child_id);
      const whole = await checkChildren(store, { laCode: history.laCode, children: everyChild, today: TODAY });
      const failing = [...new Set(whole!.found.map((f) => f.childId))];
      expect(failing.length).toBeGreaterThan(3);
      // Every other failing child with some that pass, and then two fifths of all the children: each set is fewer
      // than half, so read on its own.
      const few = [...failing.filter((_, i) => i % 2 === 0), ...everyChild.filter((child) => !failing.includes(child)).slice(0, 10)];
      const twoFifths = everyChild.filter((_, i) => i % 5 < 2);
      for (const children of [few, twoFifths]) {
        const checked = await checkChildren(store, { laCode: history.laCode, children, today: TODAY });
        expect(checked!.collectionYear).toBe('2026-27');
        expect(checked!.found.map(key).sort()).toEqual(whole!.found.filter((f) => children.includes(f.childId)).map(key).sort());
      }

      // The restricted return holds only those children's episodes (the check's speed is in this).
      const restricted = await selectReturn(store, { laCode: history.laCode, year: collectionYear(2027), asAt: TODAY, children: few });
      expect(restricted.tables.episodes.length).toBeGreaterThan(0);
      expect(restricted.tables.episodes.every((e) => few.includes(e.CHILD))).toBe(true);
      const none = await selectReturn(store, { laCode: history.laCode, year: collectionYear(2027), asAt: TODAY, children: [] });
      expect(none.tables.episodes).toEqual([]);
    } finally {
      store.close();
    }
  });
});
