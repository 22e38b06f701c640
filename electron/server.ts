/**
 * The HTTP API: the contract's operations as POST /api/OPERATION with a JSON
 * body, each request carrying the event key.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { contract, isOperation, type ApiHandlers } from '../shared/contract.js';
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
}

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

async function handle(req: http.IncomingMessage, options: ServerOptions): Promise<{ status: number; body: unknown }> {
  const match = /^\/api\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (!match || !isOperation(match[1]!)) throw new HttpError(404, errorBody('badRequest', { detail: 'ukjent operasjon' }));
  if (!keyMatches(req.headers.authorization, options.eventKey())) throw new HttpError(401, errorBody('unauthorized'));
  if (req.method !== 'POST') throw new HttpError(405, errorBody('badRequest', { detail: 'bruk POST' }));
  const operation = match[1];
  const text = await readBody(req);
  let json: unknown;
  try {
    json = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new HttpError(400, errorBody('badRequest', { detail: 'ugyldig JSON' }));
  }
  const parsed = contract[operation].request.safeParse(json);
  if (!parsed.success) throw new HttpError(400, errorBody('badRequest', { detail: z.prettifyError(parsed.error) }));
  const handler = options.handlers[operation] as (request: unknown) => unknown;
  return { status: 200, body: await handler(parsed.data) };
}

/** Starts serving the API; resolves once listening. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const server = http.createServer((req, res) => {
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
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
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
