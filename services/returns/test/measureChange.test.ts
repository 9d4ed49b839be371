import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { withProjections } from '@careledger/projections/testing';
import { measureById, parsePeriod } from '@careledger/measures';
import { smallLa, LA } from '../../../packages/measures/test/catalogue/smallLa';
import { measureChange, measureReport, parseAsKnownOn } from '../src';

/*
 * smallLa (packages/measures/test/catalogue/smallLa.ts), plus:
 *   Z  starts 2023-11-01 (C2, U4), recorded late on 2024-01-10;
 *   Y  starts 2024-01-05 (C2, U4), recorded that day.
 * Children starting in 2023-24 to 31 January 2024:
 *   as known on 10 December 2023: A (1 May), C (10 April), D (3 April: corrected on 15 December to 25 March 2023,
 *     before the year) = 3;
 *   as known on 31 January 2024: A, C, Y, Z = 4: D left (a correction), Z came in (recorded late), Y came in (new).
 */
function events() {
  const z = new ChildHistory(LA, 'Z');
  z.details({ sex: 'F', dob: '2015-02-02' }, '2023-11-01');
  z.startCare('2023-11-01', { ls: 'C2', cin: 'N1', place: 'U4' }, '2024-01-10');
  const y = new ChildHistory(LA, 'Y');
  y.details({ sex: 'M', dob: '2016-03-03' }, '2024-01-05');
  y.startCare('2024-01-05', { ls: 'C2', cin: 'N1', place: 'U4' });
  return [...smallLa(), ...z.events, ...y.events];
}

const knownFrom = parseAsKnownOn('2023-12-10')!;
const knownTo = parseAsKnownOn('2024-01-31')!;
const period = parsePeriod('ytd:2024-01-31');
const startedInPeriod = measureById('started_in_period')!;

describe('why a figure changed between two reports', () => {
  it('names each child whose row changed and the events that did it: a correction, a late record, new activity', async () => {
    await withProjections(events(), async (store) => {
      expect((await measureReport(store, startedInPeriod, { laCode: LA, period, asKnownOn: knownFrom })).value).toBe(3);
      expect((await measureReport(store, startedInPeriod, { laCode: LA, period, asKnownOn: knownTo })).value).toBe(4);
      const change = await measureChange(store, startedInPeriod, { laCode: LA, period, knownFrom, knownTo });
      expect(change).toMatchObject({ measure: 'started_in_period', before: { value: 3, numerator: 3 }, after: { value: 4, numerator: 4 } });
      expect(change.children.map((c) => [c.childId, c.changes, c.events.map((e) => [e.type, e.occurredOn, e.cause])])).toEqual([
        ['D', ['removed', 'leftNumerator'], [['EventReplaced (PeriodOfCareStarted)', '2023-03-25', 'correction']]],
        ['Y', ['added', 'enteredNumerator'], [['ChildDetailsRecorded', '2024-01-05', 'newActivity'], ['PeriodOfCareStarted', '2024-01-05', 'newActivity']]],
        ['Z', ['added', 'enteredNumerator'], [['PeriodOfCareStarted', '2023-11-01', 'lateRecorded']]],
      ]);
      // D's correction says what it corrected: the start recorded as 3 April 2023.
      expect(change.children[0]!.events[0]!.corrected).toMatchObject({ type: 'PeriodOfCareStarted', occurredOn: '2023-04-03', reason: 'corrected' });
      expect(change.causes).toEqual({ correction: 1, lateRecorded: 1, newActivity: 1 });
    });
  });

  it('lists nothing when nothing was recorded between the reports', async () => {
    await withProjections(events(), async (store) => {
      const change = await measureChange(store, startedInPeriod, { laCode: LA, period, knownFrom: knownTo, knownTo: parseAsKnownOn('2024-02-28')! });
      expect(change.children).toEqual([]);
      expect(change.before.value).toBe(change.after.value);
    });
  });
});
