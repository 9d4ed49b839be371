import { z } from 'zod';
import { defineEventType, noRules } from './define';
import { orderIdField } from './deprivationOfLiberty';

export const DeprivationOfLibertyOrderEnded = defineEventType({
  type: 'DeprivationOfLibertyOrderEnded',
  kind: 'fact',
  description: 'A deprivation of liberty order for the child ended on that date (it expired or was discharged).',
  payload: z.object({ orderId: orderIdField }).strict(),
  codedFields: {},
  consistency: noRules,
  effect: 'closes that DoLo row (DOLO_END); the end of care closes it sooner',
  build: (input: { id: string }) => ({ orderId: input.id }),
});
