import { z } from 'zod';

/** The sender's id of a deprivation of liberty order: it pairs the order's start with its end. */
export const orderIdField = z.string().min(1).max(64).describe("the sender's id of the order");
