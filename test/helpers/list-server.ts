/**
 * A registration system on 127.0.0.1 for the tests that follow its list:
 * it answers as the test says and remembers the headers of every request.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { csvBytes, NORWEGIAN_HEADER, NORWEGIAN_REGISTRANTS } from './csv.js';

/** A running list server. */
export interface ListServer {
  /** http://127.0.0.1:PORT followed by the path. */
  url(path: string): string;
  /** The headers of every request so far, oldest first. */
  readonly requests: http.IncomingHttpHeaders[];
  /** Answers every request from now on with this handler. */
  respond(handler: http.RequestListener): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Starts a list server on 127.0.0.1, on any free port. */
export async function startListServer(): Promise<ListServer> {
  const requests: http.IncomingHttpHeaders[] = [];
  let handler: http.RequestListener = (_req, res) => res.writeHead(404).end();
  const server = http.createServer((req, res) => {
    requests.push(req.headers);
    // A client that gives up mid-answer (too large, too slow) is no failure of the test server.
    res.on('error', () => undefined);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | null = null;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    respond: (next) => {
      handler = next;
    },
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** What a version of the list carries besides its body. */
export interface ListVersion {
  readonly body: string | Uint8Array;
  readonly contentType?: string;
  readonly etag?: string;
  readonly lastModified?: string;
}

/** Serves one version of a list as a registration system does: 304 when the client says it holds this version. */
export function serveVersion(version: ListVersion): http.RequestListener {
  return (req, res) => {
    const held =
      (version.etag !== undefined && req.headers['if-none-match'] === version.etag) ||
      (version.lastModified !== undefined && req.headers['if-modified-since'] === version.lastModified);
    if (held) {
      res.writeHead(304).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': version.contentType ?? 'text/csv; charset=utf-8' };
    if (version.etag !== undefined) headers.etag = version.etag;
    if (version.lastModified !== undefined) headers['last-modified'] = version.lastModified;
    res.writeHead(200, headers).end(version.body);
  };
}

/** The first three Norwegian registrants as a UTF-8 CSV export. */
export const LIST_V1 = csvBytes([NORWEGIAN_HEADER, ...NORWEGIAN_REGISTRANTS.slice(0, 3)]);

/** The person who signs up between the first and second version. */
export const NEW_PERSON = ['1010', 'Sigrid Dæhlie', 'sigrid.daehlie@example.no', 'Lillehammer kommune', 'Påmeldt'] as const;

/** The same list a little later: one person more. */
export const LIST_V2 = csvBytes([NORWEGIAN_HEADER, ...NORWEGIAN_REGISTRANTS.slice(0, 3), NEW_PERSON]);
