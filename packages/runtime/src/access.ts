import { ForbiddenError } from './errors';

/**
 * Who may ask the HTTP API for what: the vocabulary routes state their needs in, and the pure checks on it. The
 * tokens that carry it, their store and the audit file are packages/access; here is only what a route and the
 * server need, so the services declare access without depending on how tokens are kept.
 */

/** What an API token may do. Roles are independent: a token that should read figures and children lists both. */
export const ROLES = ['ingest', 'read', 'child', 'sql'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_MEANINGS: Record<Role, string> = {
  ingest: 'send case events (POST /events) and trigger recomputes (POST /runs/:la)',
  read: 'read figures and aggregate measures (returns figures, measures, public reports, run records)',
  child: 'read child-level data (903 tables, drill-through lists of children, internal-mode reports); every read is audited',
  sql: 'run analyst SQL over the LA\'s data',
};

export const isRole = (text: string): text is Role => (ROLES as readonly string[]).includes(text);

/** The LAs a token covers: a list of codes, or '*' for every LA (which has to be asked for by name). */
export type LaScope = readonly string[] | '*';

/** The caller a request's token established. */
export interface Caller {
  readonly tokenId: string;
  readonly name: string;
  readonly laCodes: LaScope;
  readonly roles: readonly Role[];
}

/** What one request needs: a role, and the LA whose data it reads or writes when the route names one. */
export interface AccessNeed {
  readonly role: Role;
  readonly laCode?: string;
}

export const inLaScope = (caller: Pick<Caller, 'laCodes'>, laCode: string): boolean => caller.laCodes === '*' || caller.laCodes.includes(laCode);

/**
 * Refuses a request its caller may not make, with 403: a role the token lacks, or an LA outside its scope. An LA
 * that does not exist is refused the same way as another council's, so a token cannot probe which LAs have data.
 */
export function checkAccess(caller: Caller, need: AccessNeed): void {
  if (!caller.roles.includes(need.role)) {
    throw new ForbiddenError('access.role_missing', `token ${caller.tokenId} has no '${need.role}' role, which this route needs (${need.role}: ${ROLE_MEANINGS[need.role]})`, { tokenId: caller.tokenId, role: need.role });
  }
  if (need.laCode !== undefined && !inLaScope(caller, need.laCode)) {
    throw new ForbiddenError('access.la_out_of_scope', `token ${caller.tokenId} is not scoped to LA ${need.laCode}`, { tokenId: caller.tokenId, laCode: need.laCode });
  }
}
