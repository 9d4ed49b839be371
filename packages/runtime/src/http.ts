import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { fastify, type FastifyError, type FastifyRequest } from 'fastify';
import { checkAccess, type AccessNeed, type Caller, type Role } from './access';
import { CareledgerError, HTTP_STATUS, InvalidInputError, TooLargeError, UnauthenticatedError, asCareledgerError } from './errors';
import type { Logger } from './logger';

export interface HttpResponse {
  readonly status: number;
  /** A Readable is streamed as it is produced (Arrow, Parquet); a string or bytes are sent whole. */
  readonly body: string | Uint8Array | Readable;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** For the audit of a child-level read: the child-level rows the body holds (a CSV's data rows, the children listed). */
  readonly rows?: number;
}

export interface HttpRequest {
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  /** The body as text; the server has already refused one over its limit with 413. */
  readonly body: () => Promise<string>;
  /** Who asked, as their token says; undefined only on an open route. */
  readonly caller: Caller | undefined;
  /** The Accept header, for a route that answers in more than one format (POST /sql: JSON or Arrow). */
  readonly accept?: string;
}

/**
 * What a route needs of its caller: 'open' for a route that reveals no data (GET /health), else the role and LA a
 * request needs, worked out from its path and query (a report in internal mode needs more than a public one).
 */
export type RouteAccess = 'open' | ((request: Pick<HttpRequest, 'params' | 'query'>) => AccessNeed);

/** A route that needs a role and no LA (the catalogue, POST /events whose lines name their own LA). */
export const needs = (role: Role): RouteAccess => () => ({ role });
/** A route about the LA in its path: the role, and that LA in the token's scope. */
export const needsForLa = (role: Role, param = 'laCode'): RouteAccess => ({ params }) => ({ role, laCode: params[param] ?? '' });

export interface HttpRoute {
  readonly method: 'GET' | 'POST';
  /** A path with `:name` segments, e.g. `/returns/:laCode/:year/figures`. */
  readonly path: string;
  readonly access: RouteAccess;
  readonly handle: (request: HttpRequest) => Promise<HttpResponse>;
}

/** One read of child-level data, for the audit: by whom, which LA, what was asked, how many rows, what status. */
export interface ChildLevelRead {
  readonly caller: Caller;
  readonly laCode: string | undefined;
  /** Method, path and query as asked, e.g. `GET /returns/883/2026/ssda903/episodes.csv?asAt=2026-03-31`. */
  readonly route: string;
  readonly rows: number | null;
  readonly status: number;
}

/** How the server knows its callers and keeps its audit; packages/access implements it over the token store. */
export interface HttpGuard {
  /** The caller an `Authorization` header names, or an `unauthenticated` error saying what is wrong with it. */
  authenticate(authorization: string | undefined): Promise<Caller>;
  /** Records a child-level read before its body is sent: one that cannot be recorded is not served. */
  recordChildRead(read: ChildLevelRead): Promise<void>;
}

export const json = (status: number, value: unknown): HttpResponse => ({
  status, body: `${JSON.stringify(value, null, 2)}\n`, contentType: 'application/json',
});

export interface RunningHttpServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

export interface HttpServerOptions {
  readonly port?: number;
  /** Default 127.0.0.1: reachable from another machine only when asked for. */
  readonly host?: string;
  readonly logger?: Logger;
  /** A larger body is refused with 413 before any of it is taken. */
  readonly bodyLimitBytes?: number;
  /** Without one, only open routes are served: every other request gets 401. */
  readonly guard?: HttpGuard;
}

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024 * 1024;

const NO_GUARD: HttpGuard = {
  authenticate: async () => {
    throw new UnauthenticatedError('http.no_access_control', 'this server was started without access control, so it serves only open routes');
  },
  recordChildRead: async () => undefined,
};

const INTERNAL = { kind: 'internal', code: 'internal', message: 'internal error: see the server log' };

const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function queryOf(url: string): URLSearchParams {
  const at = url.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
}

/** fastify's own refusals (an oversized or unreadable body) in careledger's vocabulary. */
function asFailure(error: unknown, bodyLimitBytes: number): CareledgerError {
  if (error instanceof CareledgerError) return error;
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new TooLargeError('http.body_too_large', `the request body is over the limit of ${bodyLimitBytes} bytes (http.bodyLimitBytes): nothing of it was taken; send smaller batches`, { limitBytes: bodyLimitBytes });
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new InvalidInputError('http.bad_request', `the request could not be read: ${fastifyError.message}`, { reason: fastifyError.code });
  }
  return asCareledgerError(error);
}

/**
 * The services' HTTP API on fastify. Each route states its access; the guard checks the bearer token before the
 * body is read (401 without a valid one, 403 for a role or LA it lacks), and child-level reads are audited before
 * they are sent. Errors become JSON with their code and context; unknown routes get 404.
 */
export async function startHttpServer(routes: readonly HttpRoute[], options: HttpServerOptions = {}): Promise<RunningHttpServer> {
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const guard = options.guard ?? NO_GUARD;
  const logger = options.logger;
  // Our own logs, in our own words: fastify's per-request lines would repeat them.
  const app = fastify({ logger: false, bodyLimit, exposeHeadRoutes: false });
  // Every body is text to the routes (NDJSON arrives as text/plain, curl's form type or none at all).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  const admitted = new WeakMap<FastifyRequest, { caller: Caller; need: AccessNeed }>();
  const audited = (request: FastifyRequest) => {
    const entry = admitted.get(request);
    return entry?.need.role === 'child' ? entry : undefined;
  };
  const recordRead = (request: FastifyRequest, caller: Caller, need: AccessNeed, rows: number | null, status: number) =>
    guard.recordChildRead({ caller, laCode: need.laCode, route: `${request.method} ${request.url}`, rows, status });

  for (const route of routes) {
    const access = route.access;
    app.route({
      method: route.method,
      url: route.path,
      ...(access === 'open' ? {} : {
        // Before the body is read: a request without a valid token costs the server no upload.
        onRequest: async (request: FastifyRequest) => {
          const need = access({ params: request.params as Record<string, string>, query: queryOf(request.url) });
          const caller = await guard.authenticate(request.headers.authorization);
          try {
            checkAccess(caller, need);
          } catch (error) {
            // A refused attempt at children's records is audited too: it is who tried that matters.
            if (need.role === 'child') await recordRead(request, caller, need, null, HTTP_STATUS[asFailure(error, bodyLimit).kind]);
            throw error;
          }
          admitted.set(request, { caller, need });
        },
      }),
      handler: async (request, reply) => {
        const entry = admitted.get(request);
        let response: HttpResponse;
        try {
          response = await route.handle({
            params: request.params as Record<string, string>,
            query: queryOf(request.url),
            body: async () => (typeof request.body === 'string' ? request.body : ''),
            caller: entry?.caller,
            ...(request.headers.accept === undefined ? {} : { accept: request.headers.accept }),
          });
        } catch (error) {
          const read = audited(request);
          if (read) await recordRead(request, read.caller, read.need, null, HTTP_STATUS[asFailure(error, bodyLimit).kind]);
          throw error;
        }
        const read = audited(request);
        if (read) await recordRead(request, read.caller, read.need, response.rows ?? null, response.status);
        reply.code(response.status).type(response.contentType ?? 'text/plain; charset=utf-8');
        if (response.headers) reply.headers(response.headers);
        const body = response.body;
        if (body instanceof Readable) {
          body.once('error', (err) => logger?.error({ err, path: request.url.split('?')[0] }, 'response stream failed'));
          return reply.send(body);
        }
        return reply.send(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
      },
    });
  }

  app.setErrorHandler((error, request, reply) => {
    const failure = asFailure(error, bodyLimit);
    const path = request.url.split('?')[0];
    // An expected failure is the caller's to fix: logged without a stack, and never with SQL or internals.
    if (failure.expected) logger?.info({ kind: failure.kind, code: failure.code, method: request.method, path, message: failure.message }, 'request refused');
    else logger?.error({ err: error, path }, 'request failed');
    if (failure.kind === 'unauthenticated') {
      reply.header('www-authenticate', request.headers.authorization === undefined ? 'Bearer realm="careledger"' : 'Bearer realm="careledger", error="invalid_token"');
    }
    return reply.code(HTTP_STATUS[failure.kind]).type('application/json').send(jsonText(failure.expected ? failure.toJSON() : INTERNAL));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).type('application/json').send(jsonText({ code: 'not_found', message: `no route for ${request.method} ${request.url.split('?')[0]}` })));

  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server: app.server,
    url: `http://${host}:${address.port}`,
    close: () => app.close(),
  };
}
