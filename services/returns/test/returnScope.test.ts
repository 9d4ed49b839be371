import { describe, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { ReturnSpec } from '../src/testing';

function oneChild() {
  const child = new ChildHistory('990', 'S1');
  child.details({ sex: 'F', dob: '2015-05-05', ethnicity: 'WBRI' }, '2025-05-01');
  child.startCare('2025-05-01', { ls: 'C1', cin: 'N1', place: 'U6' });
  return ReturnSpec.given(child.events);
}

describe('a return asked wrongly is a clear error, not figures of zero', () => {
  it('refuses an LA code that is not three digits', async () => {
    for (const laCode of ['88', 'ABC', '9900']) {
      await oneChild().forLa(laCode).year(2026).asAt('2026-06-01').then.error({ kind: 'invalid', code: 'return.invalid_la', message: laCode });
    }
  });

  it('says which LA has no events in which projections', async () => {
    await oneChild().forLa('888').year(2026).asAt('2026-06-01').then.error({
      kind: 'not_found', code: 'return.no_events', message: /^no events for LA 888 in \S+p\.duckdb: check --la and --data$/,
    });
  });

  it('refuses a collection year that has not started by the as-at date', async () => {
    await oneChild().forLa('990').year(3000).asAt('2026-12-01').then.error({ kind: 'invalid', code: 'return.year_not_started', message: '2999-00' });
    await oneChild().forLa('990').year(2027).asAt('2026-03-31').then.error({ kind: 'invalid', code: 'return.year_not_started', message: '2026-04-01' });
  });

  it('still answers a year on its first day', async () => {
    const spec = oneChild().forLa('990').year(2027).asAt('2026-04-01');
    await spec.then.figure('cla_at_31_march', { value: 1 });
    await spec.then.table('episodes', [{
      CHILD: 'S1', DECOM: '01/05/2025', RNE: 'S', LS: 'C1', CIN: 'N1', PLACE: 'U6', PLACE_PROVIDER: '', DEC: '', REC: '',
      REASON_PLACE_CHANGE: '', HOME_POST: '', PL_POST: '', URN: '',
    }]);
  });
});
