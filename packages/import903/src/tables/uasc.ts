import { refuse, rowByRow } from './tableImport';

/**
 * UASC rows state no fact of their own: the Header module reads them into the child's ChildDetailsRecorded (uasc,
 * uascCeasedDate). Here a row is only checked, so a UASC row for a child the Header lacks is reported, not lost quietly.
 */
export const uasc = rowByRow('UASC', ['CHILD', 'DOB', 'SEX', 'DUC'], (row, origin, context) => {
  if (!context.input.tables.Header) return refuse(row, origin, 'CHILD', 'a UASC row needs the Header table in the same import: the UASC status is part of the child\'s details');
  return [];
});
