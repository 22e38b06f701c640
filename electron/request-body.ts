/**
 * Reading a request's body within limits: each route's own size and time
 * (a few kB for setting up and scanning, megabytes only for an import or a
 * sync round), and one budget for all the bodies a server holds at once, so
 * that many large or slow bodies cannot fill the kiosk's memory.
 */
import type http from 'node:http';
import { contract, type Operation } from '../shared/contract.js';
import { errorBody, HttpError } from './http-error.js';

/** How large a route's body may be, and how long it may take to arrive. */
export interface BodyLimit {
  readonly bytes: number;
  readonly ms: number;
}

/** The largest body of any route: a 20 MB spreadsheet as base64 inside JSON, a sync round, or a sync file. */
export const MAX_BODY_BYTES = 30 * 1024 * 1024;

/** Imports, sync rounds and sync files: large, and over a slow network they take a while. */
export const LARGE_BODY: BodyLimit = { bytes: MAX_BODY_BYTES, ms: 120_000 };

/** Before an event exists, without a key: a name, a date, a PIN or a pairing code. */
export const SETUP_BODY: BodyLimit = { bytes: 4 * 1024, ms: 5_000 };

/** With the event key: a scan's code (at most 20,000 characters) and smaller requests. */
const KIOSK_BODY: BodyLimit = { bytes: 24 * 1024, ms: 10_000 };

/** With an organiser session: every event setting at once, at its longest. */
const ORGANISER_BODY: BodyLimit = { bytes: 256 * 1024, ms: 30_000 };

const LARGE_OPERATIONS: ReadonlySet<Operation> = new Set(['importPreview', 'importCommit', 'syncImport']);

/** The body limit of an API operation. */
export function operationBodyLimit(operation: Operation): BodyLimit {
  if (LARGE_OPERATIONS.has(operation)) return LARGE_BODY;
  const { access } = contract[operation];
  return access === 'setup' ? SETUP_BODY : access === 'kiosk' ? KIOSK_BODY : ORGANISER_BODY;
}

/** What one server holds of all the bodies it is reading at once. */
export const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** The bytes held by the bodies one server is reading; a body that would go over is refused. */
export class BodyBudget {
  private held = 0;

  constructor(private readonly limit: number = MAX_BYTES_IN_FLIGHT) {}

  /** Takes bytes from the budget; false (and nothing taken) when they do not fit. */
  take(bytes: number): boolean {
    if (this.held + bytes > this.limit) return false;
    this.held += bytes;
    return true;
  }

  /** Gives bytes back once their body is read or refused. */
  release(bytes: number): void {
    this.held -= bytes;
  }
}

/** The client went away before its body arrived: nobody is left to answer. */
export class ConnectionDropped extends Error {
  constructor(readonly reason: string) {
    super(`connection dropped (${reason})`);
    this.name = 'ConnectionDropped';
  }
}

function tooLarge(limit: BodyLimit): HttpError {
  return new HttpError(413, errorBody('requestTooLarge', { limit: Math.floor(limit.bytes / 1024) }));
}

/**
 * Reads a request's body within its limit and the server's budget: 413 when
 * it is too large (declared or sent), 408 when it is too slow, 503 when the
 * server holds too much already, ConnectionDropped when the client goes.
 */
export function readBody(req: http.IncomingMessage, limit: BodyLimit, budget: BodyBudget): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > limit.bytes) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failure: Error | undefined;
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      budget.release(size);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer): void => {
      if (size + chunk.length > limit.bytes) return finish(tooLarge(limit));
      if (!budget.take(chunk.length)) return finish(new HttpError(503, errorBody('serverBusy')));
      size += chunk.length;
      chunks.push(chunk);
    };
    const onEnd = (): void => finish();
    // The reason comes with the error; the close that follows settles the read.
    const onError = (error: Error): void => {
      failure = error;
    };
    const onClose = (): void => finish(new ConnectionDropped((failure as NodeJS.ErrnoException | undefined)?.code ?? failure?.message ?? 'closed'));
    const timer = setTimeout(() => finish(new HttpError(408, errorBody('requestTooSlow', { seconds: limit.ms / 1000 }))), limit.ms);
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
