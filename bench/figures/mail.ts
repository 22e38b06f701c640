/**
 * Sending the confirmation emails: 1,000 of them, QR code, calendar and all,
 * to an SMTP server on 127.0.0.1 that accepts and counts them.
 */
import fs from 'node:fs';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { Core } from '../../electron/core/core.js';
import { fictitiousRegistrantsCsv, generateFictitiousRegistrants } from '../../electron/core/fictitious-registrants.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { startMailRun } from '../../electron/core/mail/send.js';
import { smtpTransport } from '../../electron/core/mail/transport.js';
import type { Figure, Measurement } from '../figure.js';
import { timeSync } from '../measure.js';

const EMAILS = 1000;

/** The mail figure; informative, in emails per second. */
export function mailFigures(): Figure[] {
  return [{ name: 'mail: 1,000 emails to local SMTP', run: sendThousand }];
}

/** An SMTP server that takes every message and counts it. */
async function countingServer(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        count++;
        callback(null);
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as net.AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, count: () => count, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function sendThousand(): Promise<Measurement> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-bench-mail-'));
  const core = Core.openSync(dir);
  const server = await countingServer();
  const transport = smtpTransport(server.url);
  try {
    core.createEventSync({ name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null });
    const rows = generateFictitiousRegistrants(EMAILS, { waitlistedShare: 0, cancelledShare: 0 });
    const imported = timeSync(() => importRegistrantsSync(core, new TextEncoder().encode(fictitiousRegistrantsCsv(rows)), { fileName: 'deltakere.csv', dryRun: false }));
    if (imported.value.added !== EMAILS) throw new Error(`imported ${imported.value.added} registrants, expected ${EMAILS}`);
    const start = process.hrtime.bigint();
    const summary = await startMailRun(core, { from: 'Lokaldemokratikonferansen <post@lokaldemokrati.example>', transport }).finished;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (summary.sent !== EMAILS || server.count() !== EMAILS) {
      throw new Error(`sent ${summary.sent} and the server took ${server.count()}, expected ${EMAILS} each`);
    }
    return { samples: [ms], note: `${Math.round(EMAILS / (ms / 1000))} emails/s` };
  } finally {
    transport.close();
    await server.close();
    core.closeSync();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
