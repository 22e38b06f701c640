/**
 * A real SMTP server on 127.0.0.1 for mail tests: it keeps every message it
 * accepts, can require a login, refuse chosen recipients, and hang up.
 */
import type net from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the server accepted. */
export interface CapturedMail {
  readonly mailFrom: string;
  readonly rcptTo: readonly string[];
  readonly raw: Buffer;
  /** When the server accepted it, ms since the epoch. */
  readonly at: number;
}

/** How the server behaves. */
export interface SmtpCaptureOptions {
  /** Require this login (over plain SMTP: the server is on the loopback). */
  readonly login?: { readonly user: string; readonly pass: string };
  /** Recipients refused with 550 at RCPT TO. */
  readonly refuse?: (address: string) => boolean;
}

/** A running capture server. */
export interface SmtpCapture {
  readonly port: number;
  /** smtp://127.0.0.1:PORT, without a login. */
  readonly url: string;
  readonly messages: CapturedMail[];
  /** Drops the connection when the nth DATA from now arrives, before the message is accepted. */
  hangUpOnData(n: number): void;
  /** The accepted messages sent to an address. */
  to(address: string): CapturedMail[];
  close(): Promise<void>;
}

/** Starts an SMTP server on a free port of 127.0.0.1. */
export async function startSmtpCapture(options: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  const sockets = new Map<number, net.Socket>();
  let hangUpIn = 0;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: options.login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.login,
    allowInsecureAuth: true,
    size: 10 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      const ok = auth.username === options.login?.user && auth.password === options.login?.pass;
      callback(ok ? null : Object.assign(new Error('Invalid username or password'), { responseCode: 535 }), ok ? { user: auth.username } : undefined);
    },
    onRcptTo(address, _session, callback) {
      callback(options.refuse?.(address.address) ? Object.assign(new Error(`<${address.address}>: Recipient address rejected`), { responseCode: 550 }) : null);
    },
    onData(stream, session, callback) {
      if (hangUpIn > 0 && --hangUpIn === 0) {
        sockets.get(session.remotePort)?.destroy();
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelope = session.envelope;
        messages.push({
          mailFrom: envelope.mailFrom ? envelope.mailFrom.address : '',
          rcptTo: envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          at: Date.now(),
        });
        callback(null, 'Message queued');
      });
    },
  });
  server.server.on('connection', (socket: net.Socket) => {
    const port = socket.remotePort ?? 0;
    sockets.set(port, socket);
    socket.once('close', () => sockets.delete(port));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as net.AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    hangUpOnData(n) {
      hangUpIn = n;
    },
    to: (address) => messages.filter((m) => m.rcptTo.includes(address)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets.values()) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A captured message parsed as a mail client would. */
export function parseCaptured(mail: CapturedMail): Promise<ParsedMail> {
  return simpleParser(mail.raw);
}
