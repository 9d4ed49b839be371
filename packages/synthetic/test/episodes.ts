/**
 * Test helper: the 903 episodes (and header as known on a date) a consumer would derive from a child's corrected
 * facts, simply enough to check DfE episode rules against: a new episode on each day the legal status or the
 * placement changes (both on one day make one episode), closed the day the next one starts or care ends.
 */
import type { CalendarDate } from '@careledger/runtime';
import type { Fact } from './check';

export interface Episode {
  readonly childId: string;
  readonly start: CalendarDate;
  end?: CalendarDate;
  /** REC when this episode ends the period of care (undefined when a new episode follows, i.e. X1). */
  reason?: string;
  /** 'S' first episode of a period, 'L' legal change, 'P'/'T' placement change (carer changed or not), 'B'/'U' both. */
  rne: string;
  legalStatus: string;
  placementType: string;
  placementProvider?: string;
  placementPostcode?: string;
  urn?: string;
  homePostcode?: string;
  /** Index of the period of care among the child's periods. */
  readonly period: number;
}

export interface ChildRecord {
  readonly childId: string;
  readonly episodes: Episode[];
  /** ChildDetailsRecorded payloads by date, in date order. */
  readonly details: { date: CalendarDate; payload: Record<string, unknown> }[];
  /** Every other fact, for the OC2/OC3/AD1 checks. */
  readonly facts: readonly Fact[];
}

const PLACEMENT_FIELDS = ['placementType', 'placementProvider', 'placementPostcode', 'urn'] as const;

export function childRecord(childId: string, facts: readonly Fact[]): ChildRecord {
  const episodes: Episode[] = [];
  const details: ChildRecord['details'] = [];
  let open: Episode | undefined;
  let period = -1;
  for (const f of facts) {
    const p = f.payload;
    switch (f.type) {
      case 'ChildDetailsRecorded':
        details.push({ date: f.date, payload: p });
        break;
      case 'PeriodOfCareStarted':
        period++;
        open = { childId, start: f.date, rne: 'S', legalStatus: p.legalStatus as string, period, placementType: '' };
        for (const k of PLACEMENT_FIELDS) if (p[k] !== undefined) open[k] = p[k] as string;
        if (p.homePostcode !== undefined) open.homePostcode = p.homePostcode as string;
        episodes.push(open);
        break;
      case 'LegalStatusChanged':
      case 'PlacementChanged': {
        if (!open) break;
        const legal = f.type === 'LegalStatusChanged';
        let next: Episode = open;
        if (open.start !== f.date) {
          open.end = f.date;
          next = { ...open, start: f.date, rne: '' };
          delete next.end;
          episodes.push(next);
        }
        if (legal) next.legalStatus = p.legalStatus as string;
        else {
          for (const k of PLACEMENT_FIELDS) {
            if (p[k] !== undefined) next[k] = p[k] as string;
            else delete next[k];
          }
        }
        next.rne = rneAfter(next, legal, p.sameCarer === true);
        open = next;
        break;
      }
      case 'PeriodOfCareEnded':
        if (!open) break;
        open.end = f.date;
        open.reason = p.reasonCeased as string;
        open = undefined;
        break;
    }
  }
  return { childId, episodes, details, facts };
}

/** What changed to open an episode (same-day changes add up), and the RNE that says so. */
interface Changes { legal: boolean; placement: boolean; sameCarer: boolean }
const changesOf = new WeakMap<Episode, Changes>();

function rneAfter(episode: Episode, legal: boolean, sameCarer: boolean): string {
  if (episode.rne === 'S') return 'S';
  const c = changesOf.get(episode) ?? { legal: false, placement: false, sameCarer: true };
  if (legal) c.legal = true;
  else { c.placement = true; c.sameCarer = sameCarer; }
  changesOf.set(episode, c);
  if (!c.placement) return 'L';
  if (c.legal) return c.sameCarer ? 'U' : 'B';
  return c.sameCarer ? 'T' : 'P';
}

/** The header details in force on `date` (the latest recorded on or before it). */
export function detailsOn(record: ChildRecord, date: CalendarDate): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  for (const d of record.details) if (d.date <= date) found = d.payload;
  return found;
}
