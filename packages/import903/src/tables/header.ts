import { sexCodeForYear, collectionYear } from '@careledger/ssda903';
import type { FactDraft } from './tableImport';
import { firstBlank, flag, refuse, rowByRow, rowsOfChild, withOptional } from './tableImport';

/**
 * Header (with the child's UASC row) -> ChildDetailsRecorded, one per child: the natural key is the child. The 903
 * header has no date of its own, so the fact is dated the child's date of birth (what it states holds from birth,
 * and the date is the same in every year's return, so a repeated header is the same fact); the latest return wins.
 */
export const header = rowByRow('Header', ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'], (row, origin, context) => {
  const blank = firstBlank(row, ['SEX', 'DOB', 'ETHNIC', 'UPN']);
  if (blank) return refuse(row, origin, blank, 'blank: the Header needs it');
  const mother = flag(row.cells.MOTHER);
  if (mother === 'invalid') return refuse(row, origin, 'MOTHER', "must be 1, 0 or blank");
  const childId = row.cells.CHILD!;
  const uasc = rowsOfChild(context.input.tables.UASC, childId)[0];
  const payload = withOptional({
    // 1/2 (to 2023-24) and M/F state the same fact: the event keeps M/F, so two years' headers agree.
    sex: sexCodeForYear(row.cells.SEX!, collectionYear(2025)),
    dateOfBirth: row.cells.DOB,
    ethnicity: row.cells.ETHNIC,
    upn: row.cells.UPN,
    isMother: mother,
    childsDateOfBirth: row.cells.MC_DOB,
    uasc: uasc !== undefined,
    uascCeasedDate: uasc?.cells.DUC,
  });
  return [{
    childId, key: 'details', fact: { type: 'ChildDetailsRecorded', occurredAt: row.cells.DOB!, payload }, origin,
    columns: {
      sex: 'SEX', dateOfBirth: 'DOB', ethnicity: 'ETHNIC', upn: 'UPN', isMother: 'MOTHER', childsDateOfBirth: 'MC_DOB',
      uasc: 'UASC', uascCeasedDate: 'DUC',
    },
  }];
});

/**
 * A later return leaves out a child whose UASC status ceased before its year (the UASC table holds the children UASC
 * at some time in the year): that silence keeps the earlier return's UASC and DUC rather than contradicting them.
 */
export function mergeChildDetails(earlier: FactDraft, later: FactDraft, laterYearStart: string): FactDraft {
  const before = earlier.payload;
  const ceased = before.uascCeasedDate as string | undefined;
  if (later.payload.uasc === false && before.uasc === true && ceased !== undefined && ceased < laterYearStart) {
    return { ...later, payload: { ...later.payload, uasc: true, uascCeasedDate: ceased } };
  }
  return later;
}
