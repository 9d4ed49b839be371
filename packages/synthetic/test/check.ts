/**
 * Test helper: replays a synthetic history the way a consumer would (corrections applied) and reports every
 * broken invariant as a message, so a failure says which child and which rule.
 */
import type { CaseEvent } from '@careledger/events';
import { addDays, ageInYears, type CalendarDate } from '@careledger/runtime';

export interface Period {
  readonly childId: string;
  readonly start: CalendarDate;
  end?: CalendarDate;
  reason?: string;
  readonly legalStatus: string;
}

export interface Replay {
  readonly periods: Period[];
  readonly problems: string[];
  readonly dob: Map<string, CalendarDate>;
  /** Missing episodes still open at the end of the history. */
  readonly openMissing: number;
  /** Each child's facts once corrections are applied, in date order (what a consumer derives the 903 from). */
  readonly facts: ReadonlyMap<string, readonly Fact[]>;
}

const RANK: Record<string, number> = {
  ChildDetailsRecorded: 0, PeriodOfCareStarted: 1, LegalStatusChanged: 2, PlacementChanged: 2, ReviewHeld: 2,
  MissingEpisodeStarted: 3, MissingEpisodeEnded: 4, PeriodOfCareEnded: 5, CareLeaverContactRecorded: 6,
};
/** Facts recorded while looked after (from the start day on): health, adoption, permanence, social workers. */
const rank = (type: string) => RANK[type] ?? 2;

export interface Fact {
  readonly event: CaseEvent;
  readonly type: string;
  readonly date: CalendarDate;
  readonly payload: Record<string, unknown>;
  readonly index: number;
}

export function replay(events: readonly CaseEvent[], asAt: CalendarDate): Replay {
  const problems: string[] = [];
  const problem = (text: string) => { if (problems.length < 50) problems.push(text); };
  const position = new Map<string, number>();
  const replaced = new Map<string, { date: CalendarDate; payload: Record<string, unknown> }>();
  const retracted = new Set<string>();
  let previousRecorded = '';
  events.forEach((e, index) => {
    if (position.has(e.eventId)) problem(`duplicate event id ${e.eventId}`);
    position.set(e.eventId, index);
    if (e.recordedAt < previousRecorded) problem(`event ${index} recorded before the one preceding it in the log`);
    previousRecorded = e.recordedAt;
    if (e.occurredAt > asAt || e.recordedAt.slice(0, 10) > asAt) problem(`event ${e.eventId} is after asAt`);
    if (e.type === 'EventReplaced' || e.type === 'EventRetracted') {
      const target = position.get(e.payload.targetEventId);
      if (target === undefined) problem(`${e.type} ${e.eventId} targets an event not earlier in the log`);
      else if (events[target]!.childId !== e.childId) problem(`${e.type} ${e.eventId} targets another child's event`);
      if (e.type === 'EventReplaced') {
        replaced.set(e.payload.targetEventId, { date: e.payload.replacement.occurredAt, payload: e.payload.replacement.payload as Record<string, unknown> });
      } else retracted.add(e.payload.targetEventId);
    }
  });
  const byChild = new Map<string, Fact[]>();
  events.forEach((event, index) => {
    if (event.type === 'EventReplaced' || event.type === 'EventRetracted' || retracted.has(event.eventId)) return;
    const r = replaced.get(event.eventId);
    const fact = { event, type: event.type, date: r?.date ?? event.occurredAt, payload: r?.payload ?? (event.payload as Record<string, unknown>), index };
    const list = byChild.get(event.childId) ?? [];
    list.push(fact);
    byChild.set(event.childId, list);
  });
  const periods: Period[] = [];
  const dob = new Map<string, CalendarDate>();
  let openMissing = 0;
  for (const [childId, facts] of byChild) {
    facts.sort((a, b) => a.date.localeCompare(b.date) || rank(a.type) - rank(b.type) || a.index - b.index);
    const first = facts[0]!;
    if (first.type !== 'ChildDetailsRecorded') problem(`${childId}: first fact is ${first.type}, not ChildDetailsRecorded`);
    let open: Period | undefined;
    let lastEnd: CalendarDate | undefined;
    let lastChange = '';
    let died = false;
    const missing = new Map<string, CalendarDate>();
    let lastMissingEnd = '';
    for (const f of facts) {
      const where = `${childId} ${f.type} ${f.date}`;
      if (died) problem(`${where}: after E2`);
      switch (f.type) {
        case 'ChildDetailsRecorded':
          dob.set(childId, f.payload.dateOfBirth as string);
          break;
        case 'PeriodOfCareStarted':
          if (open) problem(`${where}: starts while a period is open`);
          if (lastEnd && f.date <= lastEnd) problem(`${where}: starts on or before the previous end ${lastEnd}`);
          open = { childId, start: f.date, legalStatus: f.payload.legalStatus as string };
          periods.push(open);
          lastChange = f.date;
          break;
        case 'LegalStatusChanged': case 'PlacementChanged': case 'ReviewHeld':
          if (!open) problem(`${where}: outside a period of care`);
          else if (f.date <= open.start) problem(`${where}: on or before the start ${open.start}`);
          if (f.date > lastChange) lastChange = f.date;
          break;
        case 'MissingEpisodeStarted': {
          if (!open) problem(`${where}: outside a period of care`);
          if (missing.size > 0) problem(`${where}: overlaps another missing episode`);
          if (f.date < lastMissingEnd) problem(`${where}: starts before the previous episode ended`);
          const id = f.payload.missingEpisodeId as string;
          if (missing.has(id)) problem(`${where}: id ${id} reused`);
          missing.set(id, f.date);
          break;
        }
        case 'MissingEpisodeEnded': {
          const id = f.payload.missingEpisodeId as string;
          if (!missing.has(id)) problem(`${where}: ends an episode that is not open`);
          missing.delete(id);
          lastMissingEnd = f.date;
          if (!open) problem(`${where}: outside a period of care`);
          break;
        }
        case 'PeriodOfCareEnded': {
          if (!open) { problem(`${where}: no open period`); break; }
          if (f.date <= lastChange) problem(`${where}: on or before a change, review or start (${lastChange})`);
          if (missing.size > 0) problem(`${where}: ends while missing`);
          const birth = dob.get(childId);
          if (birth && ageInYears(birth, addDays(f.date, -1)) >= 18) problem(`${where}: after the 18th birthday`);
          open.end = f.date;
          open.reason = f.payload.reasonCeased as string;
          if (open.reason === 'E2') died = true;
          lastEnd = f.date;
          open = undefined;
          break;
        }
        case 'CareLeaverContactRecorded':
          if (open) problem(`${where}: a care leaver contact while looked after`);
          break;
        case 'SocialWorkerAllocated': {
          // A child has a worker before care too (rule SW12STG2), but never before birth.
          const born = dob.get(childId);
          if (born && f.date < born) problem(`${where}: before the date of birth ${born}`);
          break;
        }
        default:
          if (!open) problem(`${where}: outside a period of care`);
          else if (f.date < open.start) problem(`${where}: before the start ${open.start}`);
      }
    }
    if (missing.size > 0 && !open) problem(`${childId}: missing episode open after care ended`);
    openMissing += missing.size;
    const birth = dob.get(childId);
    if (open && birth && ageInYears(birth, asAt) >= 18) problem(`${childId}: still in care at asAt after the 18th birthday`);
  }
  return { periods, problems, dob, openMissing, facts: byChild };
}

/** Children (not short breaks) looked after on a date, from replayed periods. */
export function inCareOn(periods: readonly Period[], date: CalendarDate): number {
  const children = new Set<string>();
  for (const p of periods) {
    if (p.legalStatus === 'V3' || p.legalStatus === 'V4') continue;
    if (p.start <= date && (!p.end || p.end > date)) children.add(p.childId);
  }
  return children.size;
}

/** 31 March of each collection year wholly inside the history. */
export function yearEnds(historyStartYear: number, asAt: CalendarDate): CalendarDate[] {
  const ends: CalendarDate[] = [];
  for (let y = historyStartYear + 1; `${y}-03-31` <= asAt; y++) ends.push(`${y}-03-31`);
  return ends;
}
