import { readFileSync } from 'node:fs';
import type { CalendarDate } from '@careledger/runtime';
import type { ProjectionQuery } from './port';
import { checkReturnScope, returnCutoff, type ReturnScope } from './scope';

const WITHOUT_CONTACT = readFileSync(new URL('./careLeaversWithoutContact.sql', import.meta.url), 'utf8');

/** A care leaver OC3 asks about whose circumstances around the birthday are not recorded: no OC3 row until they are. */
export interface CareLeaverWithoutContact {
  readonly childId: string;
  /** The birthday in the year: 17 to 21. */
  readonly age: number;
  readonly birthday: CalendarDate;
  /** The window a contact must fall in to count for the birthday. */
  readonly contactFrom: CalendarDate;
  readonly contactTo: CalendarDate;
}

/**
 * The return issue behind a missing OC3 row: care leavers whose 17th to 21st birthday falls in the year (by the
 * cutoff) and who have no contact recorded in their birthday's window. It only reads; what to do with the issues
 * (report them beside the return, refuse to file) is the caller's decision.
 */
export async function selectCareLeaversWithoutContact(query: ProjectionQuery, scope: ReturnScope): Promise<CareLeaverWithoutContact[]> {
  checkReturnScope(scope);
  const rows = await query.query<CareLeaverWithoutContact & { age: number | bigint }>(WITHOUT_CONTACT, {
    laCode: scope.laCode, yearStart: scope.year.start, cutoff: returnCutoff(scope),
  });
  return rows.map((row) => ({ ...row, age: Number(row.age) }));
}
