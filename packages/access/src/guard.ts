import { UnauthenticatedError, type HttpGuard } from '@careledger/runtime';
import type { AuditLog } from './auditLog';
import type { TokenStore } from './tokenStore';

export interface AccessGuardOptions {
  readonly tokens: TokenStore;
  readonly audit: AuditLog;
  /** How to make a token here, said to a caller of a server that has none yet. */
  readonly createHint: string;
}

const BEARER = /^Bearer +(\S+) *$/i;

/** The HTTP server's guard: bearer tokens checked against the store, child-level reads written to the audit file. */
export function accessGuard(options: AccessGuardOptions): HttpGuard {
  return {
    async authenticate(authorization) {
      if (authorization === undefined || authorization.trim() === '') {
        const none = (await options.tokens.list()).length === 0;
        throw new UnauthenticatedError('access.no_token', none
          ? `this server has no API tokens yet: create one with \`${options.createHint}\`, then send it as Authorization: Bearer <token>`
          : 'this route needs an API token: send it as Authorization: Bearer <token>');
      }
      const bearer = BEARER.exec(authorization);
      if (!bearer) throw new UnauthenticatedError('access.invalid_token', 'the Authorization header must be Bearer <token>');
      return options.tokens.authenticate(bearer[1]!);
    },
    async recordChildRead(read) {
      await options.audit.record({
        caller: read.caller,
        laCodes: read.laCode === undefined ? read.caller.laCodes : [read.laCode],
        route: read.route,
        rows: read.rows,
        status: read.status,
      });
    },
  };
}
