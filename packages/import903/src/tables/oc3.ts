import type { CalendarDate } from '@careledger/runtime';
import type { CollectionYear } from '@careledger/ssda903';
import { firstBlank, refuse, rowByRow } from './tableImport';

/** The child's birthday within the collection year (a 29 February birthday falls on 1 March in other years). */
export function birthdayInYear(dateOfBirth: CalendarDate, year: CollectionYear): CalendarDate {
  const monthDay = dateOfBirth.slice(5);
  const calendarYear = monthDay >= '04-01' ? year.endYear - 1 : year.endYear;
  const leap = (calendarYear % 4 === 0 && calendarYear % 100 !== 0) || calendarYear % 400 === 0;
  return `${calendarYear}-${monthDay === '02-29' && !leap ? '03-01' : monthDay}`;
}

/** OC3 -> CareLeaverContactRecorded on the care leaver's birthday in the year (OC3 states the contact around it). */
export const oc3 = rowByRow('OC3', ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'], (row, origin, { year }) => {
  const blank = firstBlank(row, ['DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM']);
  if (blank) return refuse(row, origin, blank, 'blank: every OC3 row states it');
  const on = birthdayInYear(row.cells.DOB!, year);
  return [{
    childId: row.cells.CHILD!, key: `oc3:${year.endYear}`, origin,
    columns: { inTouch: 'IN_TOUCH', activity: 'ACTIV', accommodation: 'ACCOM', occurredAt: 'DOB' },
    fact: { type: 'CareLeaverContactRecorded', occurredAt: on, payload: { inTouch: row.cells.IN_TOUCH, activity: row.cells.ACTIV, accommodation: row.cells.ACCOM } },
  }];
});
