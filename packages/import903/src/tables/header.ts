import { sexCodeForYear, collectionYear, type CollectionYear } from '@careledger/ssda903';
import { firstBlank, flag, refuse, rowByRow, rowsOfChild, withOptional } from './tableImport';

/** The natural key of a return's header of a child: 'details:2025'. */
export const detailsKey = (year: CollectionYear) => `details:${year.endYear}`;

/**
 * Header (with the child's UASC row) -> ChildDetailsRecorded, one per child and return: the natural key is the child
 * and the year. The 903 header states the details as they stood at the year's end (a UPN first UN1 then issued, a
 * young woman who became a mother, a UASC status that ceased), so each return's header is dated its 31 March, and
 * every year's return is restated from its own header (the details in force at its cutoff).
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
    childId, key: detailsKey(context.year), fact: { type: 'ChildDetailsRecorded', occurredAt: context.year.end, payload }, origin,
    columns: {
      sex: 'SEX', dateOfBirth: 'DOB', ethnicity: 'ETHNIC', upn: 'UPN', isMother: 'MOTHER', childsDateOfBirth: 'MC_DOB',
      uasc: 'UASC', uascCeasedDate: 'DUC',
    },
  }];
});
