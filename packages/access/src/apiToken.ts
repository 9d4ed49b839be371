import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An API token is `clt_<id>_<secret>`: the id (12 hex digits) finds the token's record without trying every hash;
 * the secret (32 random bytes, base64url) is shown once and stored only as its SHA-256. A secret of that entropy
 * needs no slow hash: there is nothing to guess a dictionary of.
 */
export interface MintedToken {
  readonly id: string;
  readonly secretSha256: string;
  /** The whole token, for the caller to keep; nowhere else. */
  readonly text: string;
}

const PREFIX = 'clt';
const TOKEN = /^clt_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

export function mintToken(): MintedToken {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, secretSha256: hashSecret(secret), text: `${PREFIX}_${id}_${secret}` };
}

/** The id and secret of a token's text, or undefined when it is not a careledger token at all. */
export function parseToken(text: string): { id: string; secret: string } | undefined {
  const match = TOKEN.exec(text);
  return match ? { id: match[1]!, secret: match[2]! } : undefined;
}

/** Whether a presented secret is the one whose hash is stored, in time that does not depend on where they differ. */
export function secretMatches(secret: string, storedSha256: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedSha256, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
