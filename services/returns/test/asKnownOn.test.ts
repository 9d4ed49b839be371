import { describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { figuresDocument, londonDateOf, parseAsKnownOn } from '../src';
import { ReturnSpec } from '../src/testing';

/**
 * Issue 7 defect 2 (failed on main, which filtered only on when facts happened): a return as known on 30 June 2025,
 * from only what had been recorded by the end of that day in London. Worked out by hand for 2025-26:
 *   A  in care from 1 Apr 2025, details F; on 10 Jul the details were replaced (sex M)   -> known: F; today: M
 *   B  in care from 1 May (V2), ended 15 Jun (recorded 16 Jun); the end retracted 3 Jul   -> known: ceased; today: open
 *   C  in care from 20 Jun, recorded 5 Jul                                                -> known: absent; today: there
 * --as-at 2025-06-30 alone keeps C, B open and A male (every fact dated by 30 June), so it cannot reproduce the
 * return run that day.
 */
function history(): CaseEvent[] {
  const a = new ChildHistory('990', 'A');
  const details = a.details({ sex: 'F', dob: '2012-03-03', ethnicity: 'WBRI' }, '2025-04-01');
  a.startCare('2025-04-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  a.replace(details, '2025-07-10', {
    type: 'ChildDetailsRecorded', occurredAt: '2025-04-01',
    payload: { sex: 'M', dateOfBirth: '2012-03-03', ethnicity: 'WBRI', upn: 'UN1', uasc: false },
  });

  const b = new ChildHistory('990', 'B');
  b.startCare('2025-05-01', { ls: 'V2', cin: 'N4', place: 'U6' });
  const ended = b.endCare('2025-06-15', 'E4A', '2025-06-16');
  b.retract(ended, '2025-07-03');

  const c = new ChildHistory('990', 'C');
  c.details({ sex: 'M', dob: '2015-05-05', ethnicity: 'WBRI' }, '2025-06-20');
  c.startCare('2025-06-20', { ls: 'C2', cin: 'N1', place: 'U4' }, '2025-07-05');
  return [...a.events, ...b.events, ...c.events];
}

const KNOWN_ON = parseAsKnownOn('2025-06-30')!;
const blankHeader = { SEX: '', DOB: '', ETHNIC: '', UPN: '', MOTHER: '', MC_DOB: '' };

describe('an as-known-on instant', () => {
  it('is an ISO date-time with an offset, or a date meaning the end of that day in London (BST or GMT)', () => {
    expect(parseAsKnownOn('2025-06-30')).toBe('2025-06-30T23:59:59.999999+01:00');
    expect(parseAsKnownOn('2025-12-31')).toBe('2025-12-31T23:59:59.999999+00:00');
    expect(parseAsKnownOn('2025-03-30')).toBe('2025-03-30T23:59:59.999999+01:00');
    expect(parseAsKnownOn('2025-10-26')).toBe('2025-10-26T23:59:59.999999+00:00');
    expect(parseAsKnownOn('2025-06-30T17:00:00+01:00')).toBe('2025-06-30T17:00:00+01:00');
    expect(parseAsKnownOn('2025-06-30T16:00Z')).toBe('2025-06-30T16:00Z');
    expect(parseAsKnownOn('2025-06-30T16:00:00.123456Z')).toBe('2025-06-30T16:00:00.123456Z');
    for (const wrong of ['2025-06-31', '2025-06-30T17:00:00', '2025-06-30T25:00:00Z', '30/06/2025', 'yesterday', '2025-06-30 17:00:00Z']) {
      expect(parseAsKnownOn(wrong), wrong).toBeUndefined();
    }
  });

  it('falls on a London date', () => {
    expect(londonDateOf('2025-06-30T23:30:00Z')).toBe('2025-07-01');
    expect(londonDateOf('2025-12-31T23:30:00Z')).toBe('2025-12-31');
  });
});

describe('a return as known on an instant holds only what had been recorded by then (issue 7 defect 2)', () => {
  it('reproduces the return run on 30 June 2025: no later record, no later correction', async () => {
    const spec = ReturnSpec.given(history()).forLa('990').year(2026).asAt('2025-06-30').asKnownOn(KNOWN_ON);
    await spec.then.table('header', [
      { CHILD: 'A', SEX: 'F', DOB: '03/03/2012', ETHNIC: 'WBRI', UPN: 'UN1', MOTHER: '', MC_DOB: '' },
      { CHILD: 'B', ...blankHeader },
    ]);
    await spec.then.table('episodes', [{
      CHILD: 'B', DECOM: '01/05/2025', RNE: 'S', LS: 'V2', CIN: 'N4', PLACE: 'U6', PLACE_PROVIDER: '', DEC: '15/06/2025', REC: 'E4A',
      REASON_PLACE_CHANGE: '', HOME_POST: '', PL_POST: '', URN: '',
    }], { children: ['B'] });
    await spec.thenFigures({ cla_during_year: { value: 2 }, ceased_in_year: { value: 1 } });
    expect(figuresDocument(await spec.result())).toMatchObject({ asAt: '2025-06-30', asKnownOn: '2025-06-30T23:59:59.999999+01:00' });
  });

  it('differs from --as-at alone, which takes every fact dated by then whenever it was recorded', async () => {
    const spec = ReturnSpec.given(history()).forLa('990').year(2026).asAt('2025-06-30');
    await spec.then.children('header', ['A', 'B', 'C']);
    await spec.then.table('header', [{ CHILD: 'A', SEX: 'M', DOB: '03/03/2012', ETHNIC: 'WBRI', UPN: 'UN1', MOTHER: '', MC_DOB: '' }], { children: ['A'] });
    await spec.thenFigures({ cla_during_year: { value: 3 }, ceased_in_year: { value: 0 } });
    expect(figuresDocument(await spec.result())).not.toHaveProperty('asKnownOn');
  });

  it('combines with --as-at: as at 10 June, as known on 30 June, B is still in care', async () => {
    const spec = ReturnSpec.given(history()).forLa('990').year(2026).asAt('2025-06-10').asKnownOn(KNOWN_ON);
    await spec.then.children('episodes', ['A', 'B']);
    await spec.thenFigures({ cla_during_year: { value: 2 }, ceased_in_year: { value: 0 } });
  });

  it('says when nothing for the LA had been recorded by then', async () => {
    await ReturnSpec.given(history()).forLa('990').year(2025).asAt('2025-03-31').asKnownOn('2025-03-31T12:00:00Z').then.error({
      kind: 'not_found', code: 'return.no_events', message: /^no events for LA 990 in \S+p\.duckdb as known on 2025-03-31T12:00:00Z: check --la and --data$/,
    });
  });
});
