import { z } from 'zod';
import { codeField } from '../fields';
import { defineEventType, noRules } from './define';
import { placementCodedFields, placementFields, placementPayload, type PlacementInput } from './placement';

export const PlacementChanged = defineEventType({
  type: 'PlacementChanged',
  kind: 'fact',
  description: 'The child moved placement (or the placement changed with the same carer). Opens an episode with RNE P or T (B or U with a legal status change the same day).',
  payload: placementFields.extend({
    reasonForChange: codeField.optional().describe('903 REASON_PLACE_CHANGE for the placement that ended'),
    sameCarer: z.boolean().default(false).describe('true when the placement changes but the carer(s) stay the same (RNE T/U)'),
  }).strict(),
  codedFields: { ...placementCodedFields, reasonForChange: 'reasonPlaceChange' },
  consistency: noRules,
  effect: 'new episode `P` (`T` same carer); `B`/`U` with a legal change the same day',
  fieldNotes: { reasonForChange: 'REASON_PLACE_CHANGE of the placement that ended' },
  build(input: PlacementInput & { reason?: string; sameCarer?: boolean }) {
    return { ...placementPayload(input), sameCarer: input.sameCarer ?? false, ...(input.reason ? { reasonForChange: input.reason } : {}) };
  },
});
