/**
 * The HTTP API: the contract's operations as POST /api/OPERATION with a JSON
 * body, each request carrying the event key.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { isOperation, type ApiHandlers, type CallContext } from '../shared/contract.js';
import { UserError } from '../shared/i18n.js';
import { JsonText } from '../shared/json-text.js';
import { accessRefusal, failureOf, parseRequest, unknownOperation } from './api-access.js';
import type { ChangeFeed } from './core/change-feed.js';
import type { OrganiserSessions } from './core/organiser-access.js';
import { errorBody, HttpError } from './http-error.js';
import { BodyBudget, ConnectionDropped, LARGE_BODY, operationBodyLimit, readBody, type BodyLimit } from './request-body.js';
import { guardRequest, isLoopbackAddress, type ListenerAddress } from './request-guard.js';

/** Where to listen, and whom to serve. */
export interface ServerOptions {
  readonly host: string;
  readonly port: number;
  /** The event key every request must carry as `Authorization: Bearer KEY`; null while no event exists. */
  readonly eventKey: () => string | null;
  /** The screens' API at /api/OPERATION and its change feed at /api/changes; a hub's network port serves none of it. */
  readonly api?: { readonly handlers: ApiHandlers; readonly sessions: OrganiserSessions; readonly changes: ChangeFeed };
  /** The built screens to serve at /, or null to serve the API alone. */
  readonly rendererDir: string | null;
  /** Kiosk-to-kiosk sync: POST paths (e.g. /sync/round) and their handlers; each needs the event key. */
  readonly syncRoutes?: Readonly<Record<string, (body: unknown) => unknown>>;
  /** Serve HTTPS with this certificate (the hub) instead of HTTP. */
  readonly tls?: { readonly cert: string; readonly key: string };
}

/** The header that carries an organiser session. */
export const ORGANISER_HEADER = 'x-innsjekk-organiser';

/**
 * What the screens may load and talk to: only this server. Styles allow
 * inline attributes because the camera view sets them; scripts may compile
 * WebAssembly (the camera's QR decoder), never evaluate strings.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers every response carries, the built screens' files and the API's answers alike. */
export const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** A running server. */
export interface RunningServer {
  readonly url: string;
  readonly server: http.Server;
  close(): Promise<void>;
}

function keyMatches(given: string | undefined, expected: string | null): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(`Bearer ${expected}`);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** A file of the built screens and the headers to serve it with. */
export interface RendererFile {
  readonly file: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The file of the built screens that a URL's path names, for this server and
 * the Electron shell's app:// protocol; null when there is none, and for any
 * path that would leave the folder.
 */
export function rendererFile(rendererDir: string, pathname: string): RendererFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape names no file.
    return null;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const file = path.resolve(rendererDir, relative);
  if (!file.startsWith(path.resolve(rendererDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return null;
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const cache = relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  return { file, headers: { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': cache } };
}

/** Serves a file of the built screens; false when there is none to serve. */
function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, rendererDir: string | null): boolean {
  if (!rendererDir || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const found = rendererFile(rendererDir, new URL(req.url ?? '/', 'http://localhost').pathname);
  if (!found) return false;
  res.writeHead(200, found.headers);
  res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(found.file));
  return true;
}

/** Reads a POST body within its route's limit as JSON, or refuses it with 400. */
async function readJson(req: http.IncomingMessage, limit: BodyLimit, budget: BodyBudget): Promise<unknown> {
  if (req.method !== 'POST') throw new HttpError(405, errorBody('badRequest', { detail: 'bruk POST' }));
  const text = (await readBody(req, limit, budget)).toString('utf8');
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch {
    throw new HttpError(400, errorBody('badRequest', { detail: 'ugyldig JSON' }));
  }
}

async function handleSync(req: http.IncomingMessage, route: (body: unknown) => unknown, options: ServerOptions, budget: BodyBudget): Promise<{ status: number; body: unknown }> {
  if (!keyMatches(req.headers.authorization, options.eventKey())) throw new HttpError(401, errorBody('unauthorized'));
  const json = await readJson(req, LARGE_BODY, budget);
  try {
    return { status: 200, body: await route(json) };
  } catch (error) {
    if (error instanceof z.ZodError) throw new HttpError(400, errorBody('badRequest', { detail: z.prettifyError(error).slice(0, 500) }));
    throw error;
  }
}

async function handle(req: http.IncomingMessage, options: ServerOptions, budget: BodyBudget): Promise<{ status: number; body: unknown }> {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  const syncRoute = options.syncRoutes && Object.hasOwn(options.syncRoutes, pathname) ? options.syncRoutes[pathname] : undefined;
  if (syncRoute) return handleSync(req, syncRoute, options, budget);
  const match = /^\/api\/([A-Za-z]+)$/.exec(pathname);
  const { api } = options;
  if (!api || !match || !isOperation(match[1]!)) throw new HttpError(404, { error: unknownOperation() });
  const operation = match[1];
  const organiserSession = headerValue(req.headers[ORGANISER_HEADER]);
  const refusal = accessRefusal(operation, {
    holdsEventKey: () => keyMatches(req.headers.authorization, options.eventKey()),
    holdsOrganiserSession: () => api.sessions.touch(organiserSession),
  });
  if (refusal) throw new HttpError(refusal === 'unauthorized' ? 401 : 403, errorBody(refusal));
  const parsed = parseRequest(operation, await readJson(req, operationBodyLimit(operation), budget));
  if (!parsed.ok) throw new HttpError(400, { error: parsed.failure });
  const handler = api.handlers[operation] as (request: unknown, context: CallContext) => unknown;
  return { status: 200, body: await handler(parsed.request, { organiserSession, fromThisMachine: isLoopbackAddress(req.socket.remoteAddress) }) };
}

/** Where the screens listen for changes (Server-Sent Events); GET with the event key. */
export const CHANGES_PATH = '/api/changes';

/**
 * Streams the change feed to one screen as Server-Sent Events, each a JSON
 * list of topics, until the screen goes or the server closes. Before any
 * event exists the key cannot be held, so the stream waits for setup too.
 */
function serveChanges(req: http.IncomingMessage, res: http.ServerResponse, options: ServerOptions, streams: Set<http.ServerResponse>): boolean {
  if (!options.api || req.method !== 'GET' || new URL(req.url ?? '/', 'http://localhost').pathname !== CHANGES_PATH) return false;
  const eventKey = options.eventKey();
  if (eventKey !== null && !keyMatches(req.headers.authorization, eventKey)) {
    const json = JSON.stringify(errorBody('unauthorized'));
    res.writeHead(401, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(json);
    return true;
  }
  // Connection: close, so ending the stream when the server closes also ends its connection.
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
  // A first comment lets the screen know it is connected.
  res.write(': innsjekk\n\n');
  const unsubscribe = options.api.changes.subscribe((topics) => res.write(`data: ${JSON.stringify(topics)}\n\n`));
  streams.add(res);
  res.once('close', () => {
    unsubscribe();
    streams.delete(res);
  });
  return true;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A status and a JSON body to answer with. */
interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** The answer to a request that failed: its refusal, or the failure in plain words. */
function failureAnswer(error: unknown): Answer {
  if (error instanceof HttpError) return { status: error.status, body: error.body };
  return { status: error instanceof UserError && error.kind === 'input' ? 400 : 500, body: { error: failureOf(error) } };
}

function sendJson(req: http.IncomingMessage, res: http.ServerResponse, { status, body }: Answer): void {
  // Encoded once: a sync answer runs to megabytes, and a string would be measured and then encoded again.
  const json = Buffer.from(body instanceof JsonText ? body.text : JSON.stringify(body));
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': json.length,
    'cache-control': 'no-store',
    // A body refused before it was read whole is not read on: the connection ends with the answer.
    ...(req.complete ? {} : { connection: 'close' }),
  });
  res.end(json);
}

/** Starts serving the API; resolves once listening. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const budget = new BodyBudget();
  // Known once listening, before any request can arrive: the system may choose the port.
  let address: ListenerAddress = { host: options.host, port: options.port, tls: options.tls !== undefined };
  const streams = new Set<http.ServerResponse>();
  const listener: http.RequestListener = (req, res) => {
    try {
      guardRequest(req, address);
    } catch (error) {
      return sendJson(req, res, failureAnswer(error));
    }
    if (serveStatic(req, res, options.rendererDir)) return;
    if (serveChanges(req, res, options, streams)) return;
    handle(req, options, budget)
      .then(
        (answer) => sendJson(req, res, answer),
        (error: unknown) => {
          if (!(error instanceof ConnectionDropped)) return sendJson(req, res, failureAnswer(error));
          // Once, with the reason, and nothing about the request: nobody is left to answer.
          console.error(`innsjekk: a connection closed before its request arrived (${error.reason})`);
          res.destroy();
        },
      )
      .catch(() => res.destroy());
  };
  const server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, listener) : http.createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  address = { ...address, port };
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const stream of streams) stream.end();
        // A change stream never ends by itself, and a screen opens it again on a kept-alive connection: the kiosk
        // is stopping, so every connection goes, or the close would wait for it.
        server.closeAllConnections();
      }),
  };
}
