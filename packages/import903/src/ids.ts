import { hash } from 'node:crypto';

/**
 * A UUID (version 5 layout, SHA-1 of a namespaced name) derived from the LA, the child and the natural key of what
 * the return states, so the same fact imported from any year, any number of times, has the same event id.
 */
export function importEventId(laCode: string, childId: string, key: string): string {
  const digest = hash('sha1', `careledger:import903\u0000${laCode}\u0000${childId}\u0000${key}`, 'hex');
  const variant = ((parseInt(digest.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${digest.slice(0, 8)}-${digest.slice(8, 12)}-5${digest.slice(13, 16)}-${variant}${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
}
