import type { CollectionYear } from '@careledger/ssda903';

const SOURCE_PREFIX = 'import903:';

/** The source of every event imported from a year's return: 'import903:2025'. */
export function importSource(year: CollectionYear): string {
  return `${SOURCE_PREFIX}${year.endYear}`;
}

/** The collection year (end year) an import source names, or undefined for any other source. */
export function yearOfSource(source: string): number | undefined {
  const match = /^import903:(\d{4})$/.exec(source);
  return match ? Number(match[1]) : undefined;
}

/**
 * When a return's facts count as recorded: one fixed instant per return, noon UTC on 30 June after its year (the
 * 903 is submitted after 31 March, and every date it states is on or before it), so importing it again gives
 * byte-identical events.
 */
export function importRecordedAt(year: CollectionYear): string {
  return `${year.endYear}-06-30T12:00:00.000Z`;
}
