import { z } from 'zod';

/** The sender's id of a missing episode: it pairs the start with the end. */
export const missingEpisodeIdField = z.string().min(1).max(64);
