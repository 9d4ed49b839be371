import { firstBlank, refuse, rowByRow, rowsOfChild, withOptional } from './tableImport';

/**
 * PrevPerm -> PreviousPermanenceRecorded at the start of the child's care: the latest episode with RNE S in the
 * return's Episodes (else the child's first episode there, whose period began in an earlier return).
 */
export const prevPerm = rowByRow('PrevPerm', ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'], (row, origin, { input }) => {
  const { cells } = row;
  const blank = firstBlank(row, ['PREV_PERM']);
  if (blank) return refuse(row, origin, blank, 'blank: every PrevPerm row states it');
  const decoms = rowsOfChild(input.tables.Episodes, cells.CHILD!).filter((r) => r.cells.DECOM).map((r) => r.cells).sort((a, b) => (a.DECOM! < b.DECOM! ? -1 : 1));
  const start = decoms.filter((e) => e.RNE === 'S').at(-1) ?? decoms[0];
  if (!start) return refuse(row, origin, 'CHILD', 'no episode of the child in this return: previous permanence is dated by the start of care');
  return [{
    childId: cells.CHILD!, key: `previous-permanence:${start.DECOM}`, origin,
    columns: { previousPermanence: 'PREV_PERM', laOfPermanence: 'LA_PERM', dateOfPermanence: 'DATE_PERM', occurredAt: 'DECOM' },
    fact: {
      type: 'PreviousPermanenceRecorded', occurredAt: start.DECOM!,
      payload: withOptional({ previousPermanence: cells.PREV_PERM, laOfPermanence: cells.LA_PERM, dateOfPermanence: cells.DATE_PERM }),
    },
  }];
});
