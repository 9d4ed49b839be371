import type { RuleCases } from '../support/ruleCases';

// The deprivation of liberty orders (DoLo, from 2026-27), in the year 1 April 2026 to 31 March 2027.
const Y = '2026-27';
const order = (CHILD: string, DOLO_START?: string, DOLO_END?: string) => ({ CHILD, ...(DOLO_START ? { DOLO_START } : {}), ...(DOLO_END ? { DOLO_END } : {}) });
const ep = (CHILD: string, PLACE: string, DECOM: string, DEC?: string) => ({ CHILD, PLACE, DECOM, ...(DEC ? { DEC } : {}) });

export const CASES: RuleCases = {
  '700': [
    { name: 'an impossible, blank or mis-formatted start fails', year: Y,
      rows: { DoLo: [order('1', '31/02/2027'), order('1'), order('1', '2026-05-01'), order('1', '01/05/2026')] },
      fails: { DoLo: [0, 1, 2] } },
    { name: 'a DD/MM/YYYY start passes', year: Y, rows: { DoLo: [order('1', '01/05/2026')] }, fails: {} },
  ],
  '701': [
    { name: 'an impossible or two-digit-year end fails; blank (still in force) passes', year: Y,
      rows: { DoLo: [order('1', '01/05/2026', '31/04/2026'), order('1', '01/05/2026'), order('1', '01/05/2026', '01/06/2026'), order('1', '01/05/2026', '1/6/26')] },
      fails: { DoLo: [0, 3] } },
    { name: 'a valid end passes', year: Y, rows: { DoLo: [order('1', '01/05/2026', '01/06/2026')] }, fails: {} },
  ],
  '702': [
    { name: 'an end before the start, or on the same day, fails; a later end, an open order or an unreadable date passes', year: Y,
      rows: { DoLo: [order('1', '01/05/2026', '30/04/2026'), order('1', '01/05/2026', '01/05/2026'), order('1', '01/05/2026', '02/05/2026'),
        order('1', '01/05/2026'), order('1', 'X', '01/01/2026')] },
      fails: { DoLo: [0, 1] } },
    { name: 'an end after the start passes', year: Y, rows: { DoLo: [order('1', '01/05/2026', '02/05/2026')] }, fails: {} },
  ],
  '703': [
    { name: 'a start after 31 March fails; on it or long before passes', year: Y,
      rows: { DoLo: [order('1', '01/04/2027'), order('1', '31/03/2027'), order('1', '01/01/2020')] },
      fails: { DoLo: [0] } },
    { name: 'a start in the year passes', year: Y, rows: { DoLo: [order('1', '01/05/2026')] }, fails: {} },
  ],
  '704': [
    { name: 'an end before 1 April or after 31 March fails; the first and last days and an open order pass', year: Y,
      rows: { DoLo: [order('1', '01/01/2026', '31/03/2026'), order('1', '01/01/2026', '01/04/2026'), order('1', '01/01/2026', '31/03/2027'),
        order('1', '01/01/2026', '01/04/2027'), order('1', '01/01/2026')] },
      fails: { DoLo: [0, 3] } },
    { name: 'an end in the year passes', year: Y, rows: { DoLo: [order('1', '01/05/2026', '01/06/2026')] }, fails: {} },
  ],
  '705': [
    { name: 'an order starting while the previous is open or not yet ended fails; one starting the day it ended passes', year: Y,
      rows: { DoLo: [
        order('1', '01/05/2026'), order('1', '01/07/2026', '01/08/2026'),
        order('2', '01/05/2026', '01/07/2026'), order('2', '01/06/2026', '01/09/2026'),
        order('3', '01/05/2026', '01/06/2026'), order('3', '01/06/2026')] },
      fails: { DoLo: [1, 3] } },
    { name: 'the order is by start, not by file order: the later-starting order fails', year: Y,
      rows: { DoLo: [order('1', '10/06/2026', '12/06/2026'), order('1', '01/06/2026', '11/06/2026')] },
      fails: { DoLo: [0] } },
    { name: 'orders one after another pass', year: Y,
      rows: { DoLo: [order('1', '01/05/2026', '01/06/2026'), order('1', '02/06/2026'), order('2', '01/05/2026')] }, fails: {} },
  ],
  '706': [
    { name: 'an order open last year must be this year\'s first order; a child in care with none this year fails on last year\'s row', year: Y,
      rows: {
        DoLo_last: [order('1', '01/02/2026'), order('2', '01/02/2026'), order('3', '01/02/2026'), order('4', '01/01/2026', '01/02/2026'),
          order('5', '01/03/2026'), order('6', '01/03/2026')],
        DoLo: [order('1', '01/02/2026', '10/04/2026'), order('1', '01/06/2026'), order('2', '02/02/2026'), order('3'), order('4', '05/05/2026')],
        // Child 5 is still in care; child 6 has left (no episode this year): there is nothing to return for them.
        Episodes: [ep('5', 'K2', '01/01/2026')],
      },
      fails: { DoLo: [2, 3], DoLo_last: [4] } },
    { name: 'the open order carried over passes', year: Y,
      rows: { DoLo_last: [order('1', '01/02/2026')], DoLo: [order('1', '01/02/2026')] }, fails: {} },
  ],
  '707': [
    { name: 'an order open after care ended, or ending after it, fails; one within open care passes', year: Y,
      rows: {
        Episodes: [
          { CHILD: '1', DECOM: '01/04/2025', DEC: '31/05/2026', REC: 'E4' },
          { CHILD: '2', DECOM: '01/04/2025' },
          { CHILD: '3', DECOM: '01/05/2026', DEC: '01/06/2026' }, { CHILD: '3', DECOM: '01/06/2026' }],
        DoLo: [order('1', '10/05/2026'), order('2', '10/05/2026'), order('3', '10/05/2026'), order('1', '10/05/2026', '11/05/2026'),
          order('1', '10/05/2026', '01/06/2026'), order('9', '10/05/2026')],
      },
      fails: { DoLo: [0, 4] } },
    { name: 'an open order that began before the period of care fails', year: Y,
      rows: { Episodes: [{ CHILD: '1', DECOM: '01/06/2026' }], DoLo: [order('1', '01/05/2026')] },
      fails: { DoLo: [0] } },
    { name: 'an order ending within care passes', year: Y,
      rows: { Episodes: [{ CHILD: '1', DECOM: '01/04/2025', DEC: '31/05/2026', REC: 'E4' }], DoLo: [order('1', '10/05/2026', '31/05/2026')] },
      fails: {} },
  ],
  '708': [
    { name: 'a start on or before the date of birth fails', year: Y,
      rows: { DoLo: [{ ...order('1', '01/01/2012'), DOB: '01/01/2012' }, { ...order('1', '01/01/2011'), DOB: '01/01/2012' },
        { ...order('1', '02/01/2012'), DOB: '01/01/2012' }, order('1', '01/01/2011')] },
      fails: { DoLo: [0, 1] } },
    { name: 'a start after birth passes', year: Y, rows: { DoLo: [{ ...order('1', '01/05/2026'), DOB: '01/01/2012' }] }, fails: {} },
  ],
  '709': [
    { name: 'an ended order overlapping an episode placed other than K2, Z12, Z13 fails (an open episode runs on; boundary days do not overlap)', year: Y,
      rows: {
        Episodes: [ep('1', 'U1', '01/04/2026', '01/06/2026'), ep('1', 'K2', '01/06/2026', '01/09/2026'), ep('1', 'U1', '01/09/2026'),
          ep('2', 'Z12', '01/04/2026', '01/08/2026'), ep('2', 'Z13', '01/08/2026')],
        DoLo: [order('1', '01/06/2026', '01/09/2026'), order('1', '01/05/2026', '01/07/2026'), order('1', '01/10/2026', '01/12/2026'),
          order('1', '01/10/2026'), order('2', '01/05/2026', '01/10/2026')],
      },
      fails: { DoLo: [1, 2] } },
    { name: 'orders during K2, Z12 and Z13 placements pass', year: Y,
      rows: { Episodes: [ep('2', 'Z12', '01/04/2026', '01/08/2026'), ep('2', 'Z13', '01/08/2026')], DoLo: [order('2', '01/05/2026', '01/10/2026')] },
      fails: {} },
  ],
  '710': [
    { name: 'an ended order overlapping a K1, P1, R5 or K3 episode fails, the order and the episode', year: Y,
      rows: {
        Episodes: [ep('1', 'P1', '01/04/2026', '01/06/2026'), ep('1', 'K2', '01/06/2026', '01/09/2026'), ep('1', 'K1', '01/09/2026'),
          ep('2', 'U1', '01/04/2026')],
        DoLo: [order('1', '01/06/2026', '01/09/2026'), order('1', '01/05/2026', '01/07/2026'), order('1', '01/10/2026', '01/12/2026'),
          order('1', '01/10/2026'), order('2', '01/05/2026', '01/10/2026')],
      },
      fails: { DoLo: [1, 2], Episodes: [0, 2] } },
    { name: 'an order during a K2 placement passes', year: Y,
      rows: { Episodes: [ep('1', 'K2', '01/04/2026')], DoLo: [order('1', '01/05/2026', '01/10/2026')] }, fails: {} },
  ],
};
