import type { CaseEvent } from './caseEvents';

/**
 * The one home of the child key 'laCode:childId': it partitions the log and keys the ingest index and the
 * projections. A child id never holds ':' (903 CHILD is letters and digits), so the key is unambiguous.
 */
export function childKey(laCode: string, childId: string): string {
  return `${laCode}:${childId}`;
}

/** The partition key: one child's events stay in order in every log. */
export function streamKey(event: Pick<CaseEvent, 'laCode' | 'childId'>): string {
  return childKey(event.laCode, event.childId);
}
