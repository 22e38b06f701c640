/**
 * The HTTP API: the contract's operations as POST /api/OPERATION with a JSON
 * body, each request carrying the event key.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { contract, isOperation, type ApiHandlers } from '../shared/contract.js';
import type { OrganiserSessions } from './core/organiser-access.js';
import { message, UserError } from '../shared/i18n.js';

/** Large enough for a 20 MB spreadsheet as base64 inside JSON. */
export const MAX_BODY_BYTES = 30 * 1024 * 1024;

/** Where to listen, and whom to serve. */
export interface ServerOptions {
  readonly host: string;
  readonly port: number;
  /** The event key every request must carry as `Authorization: Bearer KEY`; null while no event exists. */
  readonly eventKey: () => string | null;
  readonly handlers: ApiHandlers;
  readonly sessions: OrganiserSessions;
  /** The built screens to serve at /, or null to serve the API alone. */
  readonly rendererDir: string | null;
}

/** The header that carries an organiser session. */
export const ORGANISER_HEADER = 'x-innsjekk-organiser';

/**
 * What the screens may load and talk to: only this server. Styles allow
 * inline attributes because the camera view sets them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
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

const SECURITY_HEADERS = {
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

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: object,
  ) {
    super(`HTTP ${status}`);
  }
}

function errorBody(key: Parameters<typeof message>[0], params: Record<string, string | number> = {}): object {
  return { error: { key, message: message(key, params, 'nb'), messageEn: message(key, params, 'en') } };
}

function keyMatches(given: string | undefined, expected: string | null): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(`Bearer ${expected}`);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, errorBody('badRequest', { detail: 'for stor forespørsel' }));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, errorBody('badRequest', { detail: 'for stor forespørsel' }));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Serves a file of the built screens; false when there is none to serve. */
function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, rendererDir: string | null): boolean {
  if (!rendererDir || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
  const file = path.resolve(rendererDir, relative);
  if (!file.startsWith(path.resolve(rendererDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return false;
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const cache = relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': cache });
  res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(file));
  return true;
}

async function handle(req: http.IncomingMessage, options: ServerOptions): Promise<{ status: number; body: unknown }> {
  const match = /^\/api\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (!match || !isOperation(match[1]!)) throw new HttpError(404, errorBody('badRequest', { detail: 'ukjent operasjon' }));
  const operation = match[1];
  const access = contract[operation].access;
  if (access !== 'setup' && !keyMatches(req.headers.authorization, options.eventKey())) {
    throw new HttpError(401, errorBody('unauthorized'));
  }
  const organiserSession = headerValue(req.headers[ORGANISER_HEADER]);
  if (access === 'organiser' && !options.sessions.touch(organiserSession)) throw new HttpError(403, errorBody('organiserLocked'));
  if (req.method !== 'POST') throw new HttpError(405, errorBody('badRequest', { detail: 'bruk POST' }));
  const text = await readBody(req);
  let json: unknown;
  try {
    json = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new HttpError(400, errorBody('badRequest', { detail: 'ugyldig JSON' }));
  }
  const parsed = contract[operation].request.safeParse(json);
  if (!parsed.success) throw new HttpError(400, errorBody('badRequest', { detail: z.prettifyError(parsed.error) }));
  const handler = options.handlers[operation] as (request: unknown, context: { organiserSession?: string }) => unknown;
  return { status: 200, body: await handler(parsed.data, { organiserSession }) };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Starts serving the API; resolves once listening. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const server = http.createServer((req, res) => {
    if (serveStatic(req, res, options.rendererDir)) return;
    handle(req, options)
      .catch((error: unknown) => {
        if (error instanceof HttpError) return { status: error.status, body: error.body };
        if (error instanceof UserError) {
          return { status: error.kind === 'input' ? 400 : 500, body: { error: { key: error.key, message: error.message, messageEn: error.inLanguage('en') } } };
        }
        // Log only the kind of failure: messages may hold attendee data.
        console.error(`innsjekk: request failed: ${error instanceof Error ? error.name : 'unknown error'}`);
        return { status: 500, body: { error: { key: 'internal', message: 'Noe gikk galt. Prøv igjen.', messageEn: 'Something went wrong. Try again.' } } };
      })
      .then(({ status, body }) => {
        res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        res.end(JSON.stringify(body));
      })
      .catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
