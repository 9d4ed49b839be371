import { z } from 'zod';
import { defineEventType, noRules } from './define';
import { missingEpisodeIdField } from './missing';

export const MissingEpisodeEnded = defineEventType({
  type: 'MissingEpisodeEnded',
  kind: 'fact',
  description: 'The child returned from a missing or away episode.',
  payload: z.object({ missingEpisodeId: missingEpisodeIdField }).strict(),
  codedFields: {},
  consistency: noRules,
  effect: 'closes that Missing row',
  build: (input: { id: string }) => ({ missingEpisodeId: input.id }),
});
