import { careLeaversSection } from './sections/careLeavers';
import { childrenInCareSection } from './sections/childrenInCare';
import { healthSection } from './sections/health';
import { missingAndOffendingSection } from './sections/missingAndOffending';
import { permanenceSection } from './sections/permanence';
import { placementsSection } from './sections/placements';
import { reviewsSection } from './sections/reviews';
import type { ScorecardSection } from './scorecardSection';

/** The scorecard, in the order the committee reads it. */
export const SCORECARD_SECTIONS: readonly ScorecardSection[] = [
  childrenInCareSection, reviewsSection, placementsSection, permanenceSection, healthSection, missingAndOffendingSection, careLeaversSection,
];

/** The row reference the committee quotes ("G2"): the section's prefix and the row's place in it. */
export function rowReference(section: ScorecardSection, index: number): string {
  return `${section.prefix}${index + 1}`;
}

/** The measures whose change since the last report is explained, in scorecard order. */
export const HEADLINE_MEASURE_IDS: readonly string[] = SCORECARD_SECTIONS.flatMap((s) => s.rows.filter((r) => r.headline).map((r) => r.measureId));
