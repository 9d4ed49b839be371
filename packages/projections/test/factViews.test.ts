import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { ProjectionStore, factViewName } from '../src';
import { foldInBatches } from '../src/testing';

describe('the fact views of the outcome facts', () => {
  it('read each payload with its own types, including a fact that is only a date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'careledger-fact-views-'));
    const store = await ProjectionStore.open({ path: join(dir, 'projections.duckdb') });
    try {
      const child = new ChildHistory('883', 'FV1');
      const events = [
        child.details({ dob: '2010-05-01' }),
        child.record('PeriodOfCareStarted', '2020-01-10', { ls: 'C2', place: 'U4' }),
        child.record('SdqRecorded', '2021-02-01', { score: 17 }),
        child.record('AdoptionDecisionMade', '2021-03-01', undefined),
        child.record('AdopterMatched', '2021-06-01', { fosterCarers: true }),
        child.record('SubstanceMisuseIdentified', '2021-07-01', { received: false, refused: true }),
      ];
      await foldInBatches(store, events);
      // The derive registry creates the views on the store's connection when it folds.
      expect(await store.query(`SELECT score, reason_not_completed FROM ${factViewName('SdqRecorded')}`)).toEqual([{ score: 17, reason_not_completed: null }]);
      expect(await store.query(`SELECT CAST(fact_date AS VARCHAR) AS decided FROM ${factViewName('AdoptionDecisionMade')}`)).toEqual([{ decided: '2021-03-01' }]);
      expect(await store.query(`SELECT number_of_adopters, adopters_sex, foster_carers_adopting FROM ${factViewName('AdopterMatched')}`))
        .toEqual([{ number_of_adopters: 2, adopters_sex: 'MF', foster_carers_adopting: true }]);
      expect(await store.query(`SELECT intervention_received, intervention_offered_but_refused FROM ${factViewName('SubstanceMisuseIdentified')}`))
        .toEqual([{ intervention_received: false, intervention_offered_but_refused: true }]);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
