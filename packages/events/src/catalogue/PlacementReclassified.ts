import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType, noRules } from './define';

/**
 * The placement the child is in, unchanged, is classified under another 903 code from this date: the DfE split or
 * withdrew the code it had (Z1 became Z11-Z14 from 2025-26). It is not a move: the episode open that day stays
 * open, as rule 503D requires of an episode carried into the next year, and reports the new code from the year
 * whose cutoff the reclassification precedes.
 */
export const PlacementReclassified = defineEventType({
  type: 'PlacementReclassified',
  kind: 'fact',
  description: 'The current placement, unchanged, is classified under a new 903 placement code from this date (e.g. Z1 split into Z11-Z14). No new episode: the open one reports the new code.',
  payload: z.object({ placementType: codeField.describe('903 PLACE that now describes the placement') }).strict(),
  codedFields: { placementType: 'placementType' },
  consistency: noRules,
  effect: 'the open episode reports the new `PLACE` (no new episode)',
  build: (input: { place: string }) => ({ placementType: input.place }),
});
