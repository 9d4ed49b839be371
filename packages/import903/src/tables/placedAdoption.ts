import type { FactCandidate, RowRefusal } from './tableImport';
import { adoptionDecisionKey } from './ad1';
import { firstBlank, refuse, rowByRow } from './tableImport';

/**
 * PlacedAdoption -> AdoptionDecisionMade on DATE_PLACED (the decision, not the move: the same fact as AD1's DATE_INT)
 * and AdoptionDecisionReversed on DATE_PLACED_CEASED with REASON_PLACED_CEASED.
 */
export const placedAdoption = rowByRow('PlacedAdoption', ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'], (row, origin): FactCandidate[] | RowRefusal => {
  const { cells } = row;
  const blank = firstBlank(row, ['DATE_PLACED']);
  if (blank) return refuse(row, origin, blank, 'blank: every PlacedAdoption row states the decision date');
  if (cells.DATE_PLACED_CEASED && !cells.REASON_PLACED_CEASED) return refuse(row, origin, 'REASON_PLACED_CEASED', 'blank: a reversed decision states its reason');
  const decision = adoptionDecisionKey(cells.DATE_PLACED!);
  const base = { childId: cells.CHILD!, origin };
  return [
    { ...base, key: decision, columns: { occurredAt: 'DATE_PLACED' }, fact: { type: 'AdoptionDecisionMade', occurredAt: cells.DATE_PLACED!, payload: {} } },
    {
      ...base, key: `${decision}:reversed`, columns: { reason: 'REASON_PLACED_CEASED', occurredAt: 'DATE_PLACED_CEASED' },
      fact: cells.DATE_PLACED_CEASED ? { type: 'AdoptionDecisionReversed', occurredAt: cells.DATE_PLACED_CEASED, payload: { reason: cells.REASON_PLACED_CEASED } } : null,
      ...(cells.DATE_PLACED_CEASED ? {} : { openAtYearEnd: true }),
    },
  ];
});
