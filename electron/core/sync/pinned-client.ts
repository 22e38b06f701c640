/**
 * Requests to another kiosk over HTTPS, trusting only the certificate whose
 * fingerprint the pairing code named. The check happens before a single
 * byte of the request (and so the event key) is sent.
 */
import http from 'node:http';
import tls from 'node:tls';

/** Why a request to another kiosk failed. */
export type PeerFailure = 'unreachable' | 'certificate' | 'unauthorized' | 'refused';

/** A failed request to another kiosk. */
export class PeerError extends Error {
  constructor(
    readonly failure: PeerFailure,
    detail: string,
    readonly status?: number,
  ) {
    super(detail);
    this.name = 'PeerError';
  }
}

/** Where to reach a kiosk and how to know it. */
export interface PeerAddress {
  readonly url: string;
  readonly fingerprint: string;
  readonly eventKey: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;

function pinnedSocket(host: string, port: number, fingerprint: string, timeoutMs: number): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    // The certificate is self-signed: chain checks cannot pass, the pin decides.
    const socket = tls.connect({ host, port, rejectUnauthorized: false, servername: undefined });
    const fail = (error: PeerError): void => {
      socket.destroy();
      reject(error);
    };
    socket.setTimeout(timeoutMs, () => fail(new PeerError('unreachable', `no answer from ${host}:${port}`)));
    socket.once('error', (error) => fail(new PeerError('unreachable', error.message)));
    socket.once('secureConnect', () => {
      const actual = socket.getPeerX509Certificate()?.fingerprint256;
      if (actual !== fingerprint) {
        fail(new PeerError('certificate', 'the certificate does not match the pairing code'));
        return;
      }
      socket.setTimeout(0);
      socket.removeAllListeners('error');
      resolve(socket);
    });
  });
}

/** POSTs JSON to another kiosk and returns its JSON answer. */
export async function postToPeer(peer: PeerAddress, path: string, body: unknown, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<unknown> {
  const url = new URL(peer.url);
  const port = Number(url.port || 443);
  const socket = await pinnedSocket(url.hostname, port, peer.fingerprint, timeoutMs);
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    // HTTP over the TLS socket checked above: an https agent would open a connection of its own.
    const request = http.request(
      {
        host: url.hostname,
        port,
        path,
        method: 'POST',
        createConnection: () => socket,
        headers: { authorization: `Bearer ${peer.eventKey}`, 'content-type': 'application/json', 'content-length': payload.length },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => reject(new PeerError('unreachable', error.message)));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = response.statusCode ?? 0;
          if (status === 401) return reject(new PeerError('unauthorized', 'wrong event key', status));
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            return reject(new PeerError('refused', `unreadable answer (HTTP ${status})`, status));
          }
          if (status !== 200) {
            const message = (json as { error?: { message?: string } }).error?.message ?? `HTTP ${status}`;
            return reject(new PeerError('refused', message, status));
          }
          resolve(json);
        });
      },
    );
    request.on('timeout', () => request.destroy(new PeerError('unreachable', 'timed out')));
    request.on('error', (error) => reject(error instanceof PeerError ? error : new PeerError('unreachable', error.message)));
    request.end(payload);
  });
}
