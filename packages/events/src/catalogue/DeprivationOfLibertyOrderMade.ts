import { z } from 'zod';
import { defineEventType, noRules } from './define';
import { orderIdField } from './deprivationOfLiberty';

/**
 * The order's start is the fact's date and its end a fact of its own (DeprivationOfLibertyOrderEnded): an order is
 * made without knowing when it will end, and recording that it ended is news, not a correction of the order.
 */
export const DeprivationOfLibertyOrderMade = defineEventType({
  type: 'DeprivationOfLibertyOrderMade',
  kind: 'fact',
  description: 'A deprivation of liberty order (DoLO) for the child came into force on that date.',
  payload: z.object({ orderId: orderIdField }).strict(),
  codedFields: {},
  consistency: noRules,
  effect: 'a DoLo row, open (DOLO_START)',
  fieldNotes: { orderId: 'pairs it with its end' },
  build: (input: { id: string }) => ({ orderId: input.id }),
});
