/**
 * The event catalogue: every case event type, one line each. Everything that lists event types (the unions,
 * JSON Schemas, README table, storage columns, test builders) is derived from these two objects.
 */
import { ChildDetailsRecorded } from './ChildDetailsRecorded';
import { PeriodOfCareStarted } from './PeriodOfCareStarted';
import { PlacementChanged } from './PlacementChanged';
import { PlacementReclassified } from './PlacementReclassified';
import { LegalStatusChanged } from './LegalStatusChanged';
import { PeriodOfCareEnded } from './PeriodOfCareEnded';
import { ReviewHeld } from './ReviewHeld';
import { MissingEpisodeStarted } from './MissingEpisodeStarted';
import { MissingEpisodeEnded } from './MissingEpisodeEnded';
import { HealthCheckCompleted } from './HealthCheckCompleted';
import { InitialHealthAssessmentRequested } from './InitialHealthAssessmentRequested';
import { InitialHealthAssessmentCompleted } from './InitialHealthAssessmentCompleted';
import { ImmunisationsReviewed } from './ImmunisationsReviewed';
import { SdqRecorded } from './SdqRecorded';
import { OffenceRecorded } from './OffenceRecorded';
import { SubstanceMisuseIdentified } from './SubstanceMisuseIdentified';
import { CareLeaverContactRecorded } from './CareLeaverContactRecorded';
import { AdoptionDecisionMade } from './AdoptionDecisionMade';
import { AdoptionDecisionReversed } from './AdoptionDecisionReversed';
import { AdopterMatched } from './AdopterMatched';
import { PreviousPermanenceRecorded } from './PreviousPermanenceRecorded';
import { SocialWorkerAllocated } from './SocialWorkerAllocated';
import { DeprivationOfLibertyOrderMade } from './DeprivationOfLibertyOrderMade';
import { DeprivationOfLibertyOrderEnded } from './DeprivationOfLibertyOrderEnded';
import { EventRetracted } from './EventRetracted';
import { defineEventReplaced } from './EventReplaced';
import type { EventKind } from './define';

/** Facts about a child's care, in the order the README lists them. */
export const FACTS = {
  ChildDetailsRecorded,
  PeriodOfCareStarted,
  PlacementChanged,
  LegalStatusChanged,
  PeriodOfCareEnded,
  ReviewHeld,
  MissingEpisodeStarted,
  MissingEpisodeEnded,
  HealthCheckCompleted,
  InitialHealthAssessmentRequested,
  InitialHealthAssessmentCompleted,
  ImmunisationsReviewed,
  SdqRecorded,
  OffenceRecorded,
  SubstanceMisuseIdentified,
  CareLeaverContactRecorded,
  AdoptionDecisionMade,
  AdoptionDecisionReversed,
  AdopterMatched,
  PreviousPermanenceRecorded,
  SocialWorkerAllocated,
  PlacementReclassified,
  DeprivationOfLibertyOrderMade,
  DeprivationOfLibertyOrderEnded,
} as const;

/** Corrections of earlier facts. */
export const CORRECTIONS = {
  EventRetracted,
  EventReplaced: defineEventReplaced(FACTS),
} as const;

export const CATALOGUE = { ...FACTS, ...CORRECTIONS } as const;

// A registry key that differs from its definition's type, or a fact filed as a correction, fails to compile here.
type Filed<R, K extends EventKind> = { readonly [T in keyof R]: { readonly type: T; readonly kind: K } };
FACTS satisfies Filed<typeof FACTS, 'fact'>;
CORRECTIONS satisfies Filed<typeof CORRECTIONS, 'correction'>;

export type Catalogue = typeof CATALOGUE;
export { defineEventType, type EventTypeDefinition, type PayloadIssue, type RuleContext } from './define';
