import { deriveUnit, type DeriveUnit } from './unit';

export { splitSql } from './sqlText';
export { createdTable, deriveUnit, type DeriveUnit } from './unit';

/** Provided by the projection store, not by this registry: the typed `fact_<type>` views over `effective_facts`. */
export const FACT_VIEWS = 'fact_views';

const CARE = ['PeriodOfCareStarted', 'PlacementChanged', 'PlacementReclassified', 'LegalStatusChanged', 'PeriodOfCareEnded'] as const;
const HEALTH = [
  'HealthCheckCompleted', 'InitialHealthAssessmentRequested', 'InitialHealthAssessmentCompleted', 'ImmunisationsReviewed', 'SdqRecorded', 'OffenceRecorded', 'SubstanceMisuseIdentified'] as const;
const ADOPTION = ['AdoptionDecisionMade', 'AdoptionDecisionReversed'] as const;
const DOLO = ['DeprivationOfLibertyOrderMade', 'DeprivationOfLibertyOrderEnded'] as const;
const FACTS = [
  'ChildDetailsRecorded', ...CARE, 'ReviewHeld', 'MissingEpisodeStarted', 'MissingEpisodeEnded', ...HEALTH,
  'CareLeaverContactRecorded', ...ADOPTION, 'AdopterMatched', 'PreviousPermanenceRecorded', 'SocialWorkerAllocated',
  ...DOLO,
] as const;
const CORRECTIONS = ['EventRetracted', 'EventReplaced'] as const;

/**
 * How the 903 projections are derived from a child's events: one unit per projection or shared step, its SQL in
 * `<name>.sql` beside this file. The store runs them in dependency order (the order here does not matter);
 * everything that lists projection tables is derived from this list.
 */
export const DERIVE_UNITS: readonly DeriveUnit[] = [
  deriveUnit('effective_facts', { dependsOn: [], handles: [...FACTS, ...CORRECTIONS] }),
  deriveUnit('children', { dependsOn: [FACT_VIEWS], handles: ['ChildDetailsRecorded'] }),
  deriveUnit('child_details', { dependsOn: [FACT_VIEWS], handles: ['ChildDetailsRecorded'] }),
  deriveUnit('reviews', { dependsOn: [FACT_VIEWS], handles: ['ReviewHeld'] }),
  deriveUnit('missing_episodes', { dependsOn: [FACT_VIEWS], handles: ['MissingEpisodeStarted', 'MissingEpisodeEnded'] }),
  deriveUnit('care_facts', { dependsOn: [FACT_VIEWS], handles: CARE }),
  deriveUnit('care_periods', { dependsOn: ['care_facts'], handles: CARE }),
  deriveUnit('care_changes', { dependsOn: ['care_facts', 'care_periods'], handles: CARE }),
  deriveUnit('episodes', { dependsOn: ['care_changes', 'care_periods'], handles: CARE }),
  deriveUnit('placements', { dependsOn: ['episodes'], handles: CARE }),
  deriveUnit('placement_reclassifications', { dependsOn: [FACT_VIEWS, 'episodes'], handles: CARE }),
  deriveUnit('health_outcomes', { dependsOn: [FACT_VIEWS], handles: HEALTH }),
  deriveUnit('care_leaver_contacts', { dependsOn: [FACT_VIEWS], handles: ['CareLeaverContactRecorded'] }),
  deriveUnit('care_leaver_birthdays', { dependsOn: ['children', 'episodes'], handles: ['ChildDetailsRecorded', ...CARE] }),
  deriveUnit('adoption_decisions', { dependsOn: [FACT_VIEWS, 'care_periods'], handles: [...ADOPTION, ...CARE] }),
  deriveUnit('adoption_matches', { dependsOn: [FACT_VIEWS], handles: ['AdopterMatched'] }),
  deriveUnit('previous_permanence', { dependsOn: [FACT_VIEWS, 'care_periods'], handles: ['PreviousPermanenceRecorded', ...CARE] }),
  deriveUnit('social_worker_episodes', { dependsOn: [FACT_VIEWS, 'care_periods'], handles: ['SocialWorkerAllocated', ...CARE] }),
  deriveUnit('deprivation_of_liberty_orders', { dependsOn: [FACT_VIEWS, 'care_periods'], handles: [...DOLO, ...CARE] }),
  deriveUnit('data_quality_issues', { dependsOn: ['children', 'care_facts', 'care_periods'], handles: ['ChildDetailsRecorded', ...CARE] }),
];
