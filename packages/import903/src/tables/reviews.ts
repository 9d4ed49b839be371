import { firstBlank, refuse, rowByRow } from './tableImport';

/**
 * Reviews -> ReviewHeld on REVIEW, named by its date: one review per child per day. A blank REVIEW_CODE is a review
 * whose participation was not recorded: imported as held (the DfE's validation names the blank code), not lost.
 */
export const reviews = rowByRow('Reviews', ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'], (row, origin) => {
  const blank = firstBlank(row, ['REVIEW']);
  if (blank) return refuse(row, origin, blank, 'blank: every review states it');
  const participation = row.cells.REVIEW_CODE;
  return [{
    childId: row.cells.CHILD!, key: `review:${row.cells.REVIEW}`, origin,
    fact: { type: 'ReviewHeld', occurredAt: row.cells.REVIEW!, payload: participation ? { participation } : {} },
    columns: { participation: 'REVIEW_CODE', occurredAt: 'REVIEW' },
  }];
});
