/** Internal plans: what happens to each child, in day numbers, before it is written out as events. */
import type { CaseEventOf } from '@careledger/events';
import type { Day } from './dates';
import type { Geography } from './places';
import type { Placement } from './placements';
import type { Rng } from './prng';

export type Pathway = 'adopt' | 'sgo' | 'home' | 'other' | 'transfer' | 'to18' | 'remand' | 'uasc' | 'shortBreak';

export interface PlacementMove {
  day: Day;
  placement: Placement;
  reason?: string;
  sameCarer: boolean;
}

export interface StatusChange {
  day: Day;
  legalStatus: string;
}

export interface ReviewPlan {
  day: Day;
  participation: string;
  chairedByChild: boolean;
}

/** A missing or away episode; `end` after asAt means it is still open. */
export interface MissingPlan {
  id: string;
  type: 'M' | 'A';
  start: Day;
  end: Day;
}

/** The rest of the 903 that is recorded as it happens: health, adoption, permanence, social workers, care leavers. */
export type RecordType = 'HealthCheckCompleted' | 'InitialHealthAssessmentRequested' | 'InitialHealthAssessmentCompleted'
  | 'ImmunisationsReviewed' | 'SdqRecorded' | 'OffenceRecorded'
  | 'SubstanceMisuseIdentified' | 'CareLeaverContactRecorded' | 'AdoptionDecisionMade' | 'AdoptionDecisionReversed'
  | 'AdopterMatched' | 'PreviousPermanenceRecorded' | 'SocialWorkerAllocated';

/** One such fact, on the day it happened. */
export type RecordPlan = { [T in RecordType]: { day: Day; type: T; payload: CaseEventOf<T>['payload'] } }[RecordType];

export interface PeriodPlan {
  start: Day;
  /** The day care ceased (may lie after asAt: the period is then still open). */
  end: Day;
  /** Undefined until the placement at an 18th birthday is known. */
  reasonCeased: string | undefined;
  /** The start date first recorded; differs from `start` when a later EventReplaced corrects it. */
  recordedStart: Day;
  pathway: Pathway;
  legalStatus: string;
  categoryOfNeed: string;
  statusChanges: StatusChange[];
  /** Placed for adoption on `day`; `withCarer` once planned: adopted by the current foster carers (A3/A5). */
  adoption?: { day: Day; consent: boolean; withCarer?: boolean };
  /** SGO to former foster carers who are family (kin) or not (foster). */
  sgoCarer?: 'kin' | 'foster';
  homeWithParents?: boolean;
  placement: Placement;
  placementChanges: PlacementMove[];
  reviews: ReviewPlan[];
  missing: MissingPlan[];
  /** Facts recorded during the period besides its placements and legal statuses, in day order. */
  records?: RecordPlan[];
  /** A PlacementChanged recorded by mistake and later retracted. */
  mistake?: PlacementMove;
  replaced?: boolean;
}

export interface ChildPlan {
  childId: string;
  rng: Rng;
  sex: 'M' | 'F' | 'U';
  dob: Day;
  ethnicity: string;
  uasc: boolean;
  upn: string;
  /** For a child first recorded UN1 (not of school age): the UPN recorded once they start school. */
  schoolUpn?: { upn: string; from: Day };
  /** 'UN4' first recorded for a new entrant, corrected to `upn` later. */
  provisionalUpn?: string;
  home: string | undefined;
  /** Missing or away episodes a year when aged 11+ (0: never goes missing). */
  missingRate: number;
  /** Missing episodes numbered so far (ids are unique per child). */
  missingCount: number;
  shortBreak: boolean;
  periods: PeriodPlan[];
  /** The periods that appear in the history (see emittedPeriods). */
  inHistory?: PeriodPlan[];
  /** Date of birth of the young person's own child. */
  childsDob?: Day;
  /** Contacts with the young person after they left care (around the 17th-21st birthdays). */
  leaverContacts?: RecordPlan[];
}

export interface LaEnv {
  laCode: string;
  laName: string;
  childrenInCare: number;
  historyStart: Day;
  asAt: Day;
  geo: Geography;
  /** 1 April of each collection year from the history's start to asAt's. */
  collectionYears: readonly Day[];
  /** The LA's social workers' 903 SW_IDs. */
  socialWorkers: readonly string[];
}
