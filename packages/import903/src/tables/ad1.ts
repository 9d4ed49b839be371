import type { FactCandidate } from './tableImport';
import { flag, refuse, rowByRow } from './tableImport';

/** The natural key of the decision that the child should be placed for adoption (AD1 DATE_INT, PlacedAdoption DATE_PLACED). */
export const adoptionDecisionKey = (date: string) => `adoption-decision:${date}`;

/** AD1 -> AdoptionDecisionMade on DATE_INT and AdopterMatched on DATE_MATCH. */
export const ad1 = rowByRow('AD1', ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'], (row, origin) => {
  const { cells } = row;
  const base = { childId: cells.CHILD!, origin };
  const candidates: FactCandidate[] = [];
  if (cells.DATE_INT) {
    candidates.push({ ...base, key: adoptionDecisionKey(cells.DATE_INT), columns: { occurredAt: 'DATE_INT' }, fact: { type: 'AdoptionDecisionMade', occurredAt: cells.DATE_INT, payload: {} } });
  }
  if (cells.DATE_MATCH) {
    const foster = flag(cells.FOSTER_CARE);
    if (foster === 'invalid' || foster === undefined) return refuse(row, origin, 'FOSTER_CARE', 'must be 1 or 0 when DATE_MATCH is given');
    if (!/^[12]$/.test(cells.NB_ADOPTR ?? '')) return refuse(row, origin, 'NB_ADOPTR', 'must be 1 or 2 when DATE_MATCH is given');
    candidates.push({
      ...base, key: `adopter-match:${cells.DATE_MATCH}`,
      columns: { numberOfAdopters: 'NB_ADOPTR', adoptersSex: 'SEX_ADOPTR', adoptersLegalStatus: 'LS_ADOPTR', fosterCarersAdopting: 'FOSTER_CARE', occurredAt: 'DATE_MATCH' },
      fact: {
        type: 'AdopterMatched', occurredAt: cells.DATE_MATCH,
        payload: { numberOfAdopters: Number(cells.NB_ADOPTR), adoptersSex: cells.SEX_ADOPTR, adoptersLegalStatus: cells.LS_ADOPTR, fosterCarersAdopting: foster },
      },
    });
  }
  if (candidates.length === 0) return refuse(row, origin, 'DATE_INT', 'blank, and so is DATE_MATCH: the row states nothing');
  return candidates;
});
