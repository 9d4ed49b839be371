import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CareledgerError, HTTP_STATUS, asCareledgerError } from './errors';
import type { Logger } from './logger';

export interface HttpResponse {
  readonly status: number;
  readonly body: string | Uint8Array;
  readonly contentType?: string;
}

export interface HttpRoute {
  readonly method: 'GET' | 'POST';
  /** A path with `:name` segments, e.g. `/returns/:laCode/:year/figures`. */
  readonly path: string;
  readonly handle: (request: { params: Record<string, string>; query: URLSearchParams; body: () => Promise<string> }) => Promise<HttpResponse>;
}

export const json = (status: number, value: unknown): HttpResponse => ({
  status, body: `${JSON.stringify(value, null, 2)}\n`, contentType: 'application/json',
});

function match(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(got[i]!);
    else if (segment !== got[i]) return undefined;
  }
  return params;
}

async function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new CareledgerError('http.body_too_large', `request body exceeds ${limitBytes} bytes`, { limitBytes }, { kind: 'invalid' });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface RunningHttpServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

/** A small JSON/text HTTP server for the services' APIs. Errors become JSON with their code and context. */
export async function startHttpServer(routes: readonly HttpRoute[], options: { port?: number; host?: string; logger?: Logger; bodyLimitBytes?: number } = {}): Promise<RunningHttpServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (reply: HttpResponse) => {
      response.writeHead(reply.status, { 'content-type': reply.contentType ?? 'text/plain; charset=utf-8' });
      response.end(reply.body);
    };
    for (const route of routes) {
      if (route.method !== request.method) continue;
      const params = match(route.path, url.pathname);
      if (!params) continue;
      route
        .handle({ params, query: url.searchParams, body: () => readBody(request, options.bodyLimitBytes ?? 256 * 1024 * 1024) })
        .then(send)
        .catch((error: unknown) => {
          const failure = asCareledgerError(error);
          // An expected failure is the caller's to fix: logged without a stack, and never with SQL or internals.
          if (failure.expected) options.logger?.info({ kind: failure.kind, code: failure.code, path: url.pathname, message: failure.message }, 'request refused');
          else options.logger?.error({ err: error, path: url.pathname }, 'request failed');
          send(json(HTTP_STATUS[failure.kind], failure.expected ? failure.toJSON() : { kind: 'internal', code: 'internal', message: 'internal error: see the server log' }));
        });
      return;
    }
    send(json(404, { code: 'not_found', message: `no route for ${request.method} ${url.pathname}` }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://${address.address}:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
