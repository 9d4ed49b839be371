import type { CalendarDate } from '@careledger/runtime';

/**
 * A collection year runs 1 April to 31 March and is named by the year it ends in: 2026 is 2025-26.
 */
export interface CollectionYear {
  readonly endYear: number;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly label: string;
}

export function collectionYear(endYear: number): CollectionYear {
  return {
    endYear,
    start: `${endYear - 1}-04-01`,
    end: `${endYear}-03-31`,
    label: `${endYear - 1}-${String(endYear % 100).padStart(2, '0')}`,
  };
}

export function collectionYearContaining(date: CalendarDate): CollectionYear {
  const year = Number(date.slice(0, 4));
  return collectionYear(date.slice(5) >= '04-01' ? year + 1 : year);
}

/** The latest collection year whose 31 March has passed on `asAt`. */
export function latestCompleteCollectionYear(asAt: CalendarDate): CollectionYear {
  const containing = collectionYearContaining(asAt);
  return collectionYear(containing.endYear - 1);
}

export function parseCollectionYear(text: string): CollectionYear | undefined {
  const label = /^(\d{4})-(\d{2})$/.exec(text);
  if (label) {
    const endYear = Number(label[1]) + 1;
    return endYear % 100 === Number(label[2]) ? collectionYear(endYear) : undefined;
  }
  return /^\d{4}$/.test(text) ? collectionYear(Number(text)) : undefined;
}
