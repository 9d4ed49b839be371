import type { CalendarDate } from '@careledger/runtime';
import type { CaseEvent } from '@careledger/events';
import { collectionYear, selectSsda903Tables, type ProjectionQuery, type ReturnScope, type Ssda903Tables } from '../../src';
import { withProjections } from '@careledger/projections/testing';

export { withProjections };

export const LA = '990';

export const scopeOf = (endYear: number, asAt: CalendarDate = `${endYear}-06-30`): ReturnScope => ({ laCode: LA, year: collectionYear(endYear), asAt });

/** The 903 tables of LA 990's return for the year ending 31 March `endYear`, as at `asAt` (default: after it). */
export function returnOf(events: readonly CaseEvent[], endYear: number, asAt?: CalendarDate): Promise<Ssda903Tables> {
  return withProjections(events, (store) => selectSsda903Tables(store, scopeOf(endYear, asAt)));
}
