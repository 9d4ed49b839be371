import { firstBlank, refuse, rowByRow } from './tableImport';

/** Reviews -> ReviewHeld on REVIEW, named by its date: one review per child per day. */
export const reviews = rowByRow('Reviews', ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'], (row, origin) => {
  const blank = firstBlank(row, ['REVIEW', 'REVIEW_CODE']);
  if (blank) return refuse(row, origin, blank, 'blank: every review states it');
  return [{
    childId: row.cells.CHILD!, key: `review:${row.cells.REVIEW}`, origin,
    fact: { type: 'ReviewHeld', occurredAt: row.cells.REVIEW!, payload: { participation: row.cells.REVIEW_CODE } },
    columns: { participation: 'REVIEW_CODE', occurredAt: 'REVIEW' },
  }];
});
