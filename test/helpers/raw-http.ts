/**
 * HTTP requests with full control over what goes on the socket: any Host,
 * Origin or content type, and bodies sent in pieces, held back or cut off,
 * as a careless or hostile client would.
 */
import http from 'node:http';

/** What the server answered: its status and parsed JSON body (the text when not JSON). */
export interface RawReply {
  readonly status: number;
  readonly body: unknown;
}

/** A request whose body is still being written. */
export interface OpenRequest {
  /** Writes part of the body; resolves once the socket took it. */
  write(chunk: Buffer | string): Promise<void>;
  /** Ends the body. */
  end(chunk?: Buffer | string): void;
  /** Cuts the connection, as a client that goes away does. */
  drop(): void;
  /** The answer; rejects when the connection breaks first. */
  readonly reply: Promise<RawReply>;
  /** True once the answer has come. */
  answered(): boolean;
}

/** Opens a POST (or another method) to `url` with exactly these headers, and leaves the body to the caller. */
export function openRequest(url: string, headers: Readonly<Record<string, string>>, method = 'POST'): OpenRequest {
  // A connection of its own, so that a body left hanging never holds up the next request.
  const request = http.request(url, { method, headers, agent: false });
  let done = false;
  const reply = new Promise<RawReply>((resolve, reject) => {
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        done = true;
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // Not JSON: kept as text, for the assertion to show.
        }
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    request.on('error', reject);
  });
  // A test that drops the connection does not wait for the answer.
  reply.catch(() => undefined);
  return {
    write: (chunk) => new Promise<void>((resolve, reject) => request.write(chunk, (error) => (error ? reject(error) : resolve()))),
    end: (chunk) => void request.end(chunk),
    drop: () => void request.destroy(),
    reply,
    answered: () => done,
  };
}

/** POSTs a whole body with exactly these headers. */
export function rawPost(url: string, headers: Readonly<Record<string, string>>, body: string): Promise<RawReply> {
  const open = openRequest(url, { 'content-length': String(Buffer.byteLength(body)), ...headers });
  open.end(body);
  return open.reply;
}

/** Writes `bytes` of spaces in 1 MB pieces, stopping early once the server has answered or broken the connection. */
export async function writeSpaces(open: OpenRequest, bytes: number): Promise<void> {
  const megabyte = Buffer.alloc(1024 * 1024, ' ');
  const settled = open.reply.then(
    () => undefined,
    () => undefined,
  );
  try {
    for (let left = bytes; left > 0 && !open.answered(); left -= megabyte.length) {
      await Promise.race([open.write(megabyte.subarray(0, Math.min(left, megabyte.length))), settled]);
    }
  } catch {
    // The server closed the connection while the body was being written: its answer, if any, says why.
  }
}
