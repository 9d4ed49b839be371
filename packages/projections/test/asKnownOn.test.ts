import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseEvent } from '@careledger/events';
import { ChildHistory } from '@careledger/events/testing';
import { ProjectionStore, storedEvents } from '../src';

/**
 * Issue 7 defect 2 (new on this branch, so it failed on main, which had no way to ask): projections as they could
 * have been derived at an instant, from only the events recorded by then. Worked out by hand, as known on 30 June 2025
 * at the end of the day in London (2025-06-30T23:59:59.999999+01:00, 22:59:59.999999 UTC):
 *   K1 started 1 Apr 2025; moved on 10 Jun, recorded 15 Jul          -> one open episode (the move is not known yet)
 *   K2 started 5 Apr; ended 20 May (recorded 21 May); that end retracted on 1 Jul -> ended 20 May (E4A)
 *   K3 started 1 Jun, recorded 2 Jul                                  -> nothing
 *   K4 started 1 Jun, recorded 2025-06-30T23:30:00Z (00:30 on 1 July in London) -> nothing (a text comparison says yes)
 *   K5 started 1 Jun, recorded 2025-07-01T00:30:00+02:00 (22:30 UTC on 30 June) -> one open episode (text says no)
 * Today, with everything recorded: K1 two episodes, K2 one open episode, K3, K4 and K5 one each.
 */
const KNOWN_ON = '2025-06-30T23:59:59.999999+01:00';

function recordedAt(event: CaseEvent, instant: string): CaseEvent {
  return { ...event, recordedAt: instant };
}

function firstPartition(): CaseEvent[] {
  const k1 = new ChildHistory('990', 'K1');
  k1.startCare('2025-04-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  k1.move('2025-06-10', { place: 'U4', reason: 'CARPL' }, '2025-07-15');
  const k2 = new ChildHistory('990', 'K2');
  k2.startCare('2025-04-05', { ls: 'C1', cin: 'N1', place: 'U6' });
  const ended = k2.endCare('2025-05-20', 'E4A', '2025-05-21');
  k2.retract(ended, '2025-07-01');
  return [...k1.events, ...k2.events];
}

function secondPartition(): CaseEvent[] {
  const k3 = new ChildHistory('990', 'K3');
  k3.startCare('2025-06-01', { ls: 'C1', cin: 'N1', place: 'U6' }, '2025-07-02');
  const k4 = new ChildHistory('990', 'K4');
  k4.startCare('2025-06-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  const k5 = new ChildHistory('990', 'K5');
  k5.startCare('2025-06-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  return [...k3.events, recordedAt(k4.events[0]!, '2025-06-30T23:30:00Z'), recordedAt(k5.events[0]!, '2025-07-01T00:30:00+02:00')];
}

const EPISODES = `SELECT child_id, strftime(decom, '%Y-%m-%d') AS decom, rne, place, strftime(dec, '%Y-%m-%d') AS dec, rec
  FROM episodes ORDER BY child_id, decom`;

const KNOWN_EPISODES = [
  { child_id: 'K1', decom: '2025-04-01', rne: 'S', place: 'U6', dec: null, rec: null },
  { child_id: 'K2', decom: '2025-04-05', rne: 'S', place: 'U6', dec: '2025-05-20', rec: 'E4A' },
  { child_id: 'K5', decom: '2025-06-01', rne: 'S', place: 'U6', dec: null, rec: null },
];

const TODAY_EPISODES = [
  { child_id: 'K1', decom: '2025-04-01', rne: 'S', place: 'U6', dec: '2025-06-10', rec: 'X1' },
  { child_id: 'K1', decom: '2025-06-10', rne: 'P', place: 'U4', dec: null, rec: null },
  { child_id: 'K2', decom: '2025-04-05', rne: 'S', place: 'U6', dec: null, rec: null },
  { child_id: 'K3', decom: '2025-06-01', rne: 'S', place: 'U6', dec: null, rec: null },
  { child_id: 'K4', decom: '2025-06-01', rne: 'S', place: 'U6', dec: null, rec: null },
  { child_id: 'K5', decom: '2025-06-01', rne: 'S', place: 'U6', dec: null, rec: null },
];

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'careledger-known-on-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function folded(file: string, events: readonly CaseEvent[], partition: number): Promise<ProjectionStore> {
  const store = await ProjectionStore.open({ path: join(dir, file) });
  await store.foldBatch('spec', storedEvents(events, 0, partition), new Map([[partition, events.length]]));
  await store.deriveDirtyChildren();
  return store;
}

describe('projections as known on an instant (issue 7 defect 2)', () => {
  it('hold only the events recorded by then, corrections included, compared as instants; the store itself is unchanged', async () => {
    const store = await folded('p.duckdb', [...firstPartition(), ...secondPartition()], 0);
    try {
      const known = await store.asKnownOn('990', KNOWN_ON);
      try {
        expect(await known.query(EPISODES)).toEqual(KNOWN_EPISODES);
        expect(known.path).toBe(`${join(dir, 'p.duckdb')} as known on ${KNOWN_ON}`);
        expect(await known.asKnownOn('991', KNOWN_ON).then((other) => other.query('SELECT count(*)::INTEGER AS n FROM events').finally(() => other.close()))).toEqual([{ n: 0 }]);
      } finally {
        known.close();
      }
      expect(await store.query(EPISODES)).toEqual(TODAY_EPISODES);
      expect(await store.query('SELECT count(*)::INTEGER AS n FROM events')).toEqual([{ n: 8 }]);
      expect(await store.query('SELECT count(*)::INTEGER AS n FROM dirty_children')).toEqual([{ n: 0 }]);
    } finally {
      store.close();
    }
  });

  it('works on the combined partition databases as on one', async () => {
    const first = await folded('partition-0.duckdb', firstPartition(), 0);
    first.close();
    const second = await folded('partition-1.duckdb', secondPartition(), 1);
    second.close();
    const combined = await ProjectionStore.openCombined([join(dir, 'partition-0.duckdb'), join(dir, 'partition-1.duckdb')]);
    try {
      const known = await combined.asKnownOn('990', KNOWN_ON);
      try {
        expect(await known.query(EPISODES)).toEqual(KNOWN_EPISODES);
      } finally {
        known.close();
      }
      expect(await combined.query(EPISODES)).toEqual(TODAY_EPISODES);
    } finally {
      combined.close();
    }
  });

  it('refuses an instant that is not an ISO date-time', async () => {
    const store = await folded('p.duckdb', firstPartition(), 0);
    try {
      await expect(store.asKnownOn('990', 'last Tuesday')).rejects.toMatchObject({ kind: 'invalid', code: 'projections.invalid_known_on', context: { instant: 'last Tuesday' } });
    } finally {
      store.close();
    }
  });
});
