/**
 * The confirmation emails end to end on real parts: a real SMTP server on
 * 127.0.0.1, nodemailer, SQLite, and mailparser reading what arrived.
 */
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KioskRuntime } from '../../electron/kiosk-runtime.js';
import { scanSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { eventSettingsSync } from '../../electron/core/event-settings.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { mailStatusSync, startMailRun, type SendOptions, type SendSummary } from '../../electron/core/mail/send.js';
import { emlTransport, smtpOptions, smtpTransport, type MailTransport } from '../../electron/core/mail/transport.js';
import { leaveEventSync } from '../../electron/core/sync/leave-event.js';
import type { ApiHandlers, MailProgress } from '../../shared/contract.js';
import type { RegistrantStatus } from '../../shared/domain.js';
import { UserError, type MessageKey } from '../../shared/i18n.js';
import { csvBytes, HTML_NAME, NORWEGIAN_HEADER, NORWEGIAN_REGISTRANTS, SQL_NAME } from '../helpers/csv.js';
import { readRawSync, writeRawSync } from '../helpers/raw-database.js';
import { startSmtpCapture, type CapturedMail, type SmtpCapture } from '../helpers/smtp-capture.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

const FROM = 'Lokaldemokratikonferansen <post@lokaldemokrati.example>';
const NO_EMAIL_ROW = ['1008', 'Nils Utenepost', '', 'Lier kommune', 'Påmeldt'] as const;

interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly status: RegistrantStatus;
  readonly code: string;
}

const cores: Core[] = [];
afterAll(() => {
  for (const core of cores.splice(0)) core.closeSync();
  removeTempDirs();
});

function openEvent(rows: readonly (readonly string[])[]): Core {
  const core = Core.openSync(tempDir());
  cores.push(core);
  core.createEventSync({ name: 'Lokaldemokratikonferansen 2026', date: '2026-03-12', capacity: null });
  importRegistrantsSync(core, csvBytes([NORWEGIAN_HEADER, ...rows]), { fileName: 'liste.csv', dryRun: false });
  return core;
}

function people(core: Core): Person[] {
  return readRawSync(core.dataDir, (db) => db.prepare('SELECT id, name, email, status, code FROM registrant ORDER BY ref').all() as Person[]);
}

function person(core: Core, name: string): Person {
  const found = people(core).find((p) => p.name === name);
  if (!found) throw new Error(`no registrant ${name}`);
  return found;
}

function storedMessageId(core: Core, id: string): string | null {
  return readRawSync(core.dataDir, (db) => db.prepare("SELECT message_id FROM mail_outbox WHERE registrant_id = ? AND state = 'sent'").pluck().get(id) as string | undefined) ?? null;
}

async function runWith(core: Core, transport: MailTransport, options: Partial<SendOptions> = {}): Promise<SendSummary> {
  try {
    return await startMailRun(core, { from: FROM, transport, ...options }).finished;
  } finally {
    transport.close();
  }
}

function send(core: Core, capture: SmtpCapture, options: Partial<SendOptions> = {}): Promise<SendSummary> {
  return runWith(core, smtpTransport(capture.url), options);
}

/** The UserError key a promise rejects with. */
async function failureKey(promise: Promise<unknown>): Promise<MessageKey> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error.key;
    throw error;
  }
  throw new Error('expected a failure');
}

function parse(mail: CapturedMail): Promise<ParsedMail> {
  // Keep the cid: links, to check that the HTML points at the inline image.
  return simpleParser(mail.raw, { keepCidLinks: true });
}

function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  // jsqr is CommonJS: under NodeNext its default import is the module object, whose `default` is the decoder.
  return jsQR.default(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** Content lines of an .ics, unfolded. */
function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function confirmedRows(count: number, prefix = 'deltaker'): string[][] {
  return Array.from({ length: count }, (_, i) => [`${3000 + i}`, `Deltaker ${i}`, `${prefix}${i}@example.no`, 'Asker kommune', 'Påmeldt']);
}

/** Why someone without an email address got none, as the outbox keeps it. */
const noEmail = { message: 'mangler e-postadresse', messageEn: 'no email address' };

describe('sending the confirmation emails over SMTP', () => {
  let capture: SmtpCapture;
  let core: Core;
  let first: SendSummary;
  const startedAt = Date.now();

  beforeAll(async () => {
    capture = await startSmtpCapture();
    core = openEvent([...NORWEGIAN_REGISTRANTS, NO_EMAIL_ROW]);
    first = await send(core, capture);
  });
  afterAll(() => capture.close());

  it('sends one confirmation per confirmed registrant, headed properly', async () => {
    const confirmed = people(core).filter((p) => p.status === 'confirmed' && p.email);
    expect(confirmed.length).toBeGreaterThanOrEqual(4);
    for (const p of confirmed) {
      const received = capture.to(p.email!);
      expect(received, p.name).toHaveLength(1);
      const mail = await parse(received[0]!);
      expect(mail.from?.value).toEqual([{ address: 'post@lokaldemokrati.example', name: 'Lokaldemokratikonferansen' }]);
      expect(received[0]!.mailFrom).toBe('post@lokaldemokrati.example');
      const to = Array.isArray(mail.to) ? mail.to : [mail.to];
      expect(to[0]?.value).toEqual([{ address: p.email, name: p.name }]);
      expect(mail.subject).toBe('Påmeldingen er bekreftet: Lokaldemokratikonferansen 2026 / Registration confirmed');
      expect(mail.date!.getTime()).toBeGreaterThanOrEqual(Math.floor(startedAt / 1000) * 1000);
      expect(mail.date!.getTime()).toBeLessThanOrEqual(Date.now());
      expect(mail.messageId).toMatch(/^<[^@\s]+@lokaldemokrati\.example>$/);
      expect(storedMessageId(core, p.id)).toBe(mail.messageId);
    }
    expect(first.sent).toBe(capture.messages.length);
  });

  it('writes both languages in the HTML and in the plain text, with the day, times and place', async () => {
    const kari = person(core, 'Kari Ødegård');
    const mail = await parse(capture.to(kari.email!)[0]!);
    const html = mail.html as string;
    const text = mail.text!;
    expect(html).toContain('<div lang="nb">');
    expect(html).toContain('<div lang="en">');
    for (const body of [html, text]) {
      expect(body).toContain('Hei, Kari Ødegård!');
      expect(body).toContain('Velkommen til Lokaldemokratikonferansen 2026 torsdag 12. mars 2026');
      expect(body).toContain('Hello Kari Ødegård');
      expect(body).toContain('Welcome to Lokaldemokratikonferansen 2026 on Thursday');
      expect(body).toContain('kl. 10.00–15.30');
      expect(body).toContain('10:00–15:30');
      expect(body).toContain('Registrering og sikkerhetskontroll fra kl. 09.00');
      expect(body).toContain('Registration and security check from 09:00');
      expect(body).toContain('Oslo rådhus');
      expect(body).toContain('Inngang fra Fridtjof Nansens plass');
      expect(body).toContain('Entrance from Fridtjof Nansens plass');
      expect(body).toContain('Garderoben er betjent');
      expect(body).toContain('Lunch and coffee are included');
      expect(body).toContain('Skru opp lysstyrken');
      expect(body).toContain('turn up your screen brightness');
      expect(body).toContain(kari.code);
    }
    // The text part is text, not HTML.
    expect(text).not.toMatch(/<(p|div|br|table)\b/);
  });

  it('tells what happens when scanning fails (a check-in by name), and never asks anyone to type the long code', async () => {
    const kari = person(core, 'Kari Ødegård');
    const mail = await parse(capture.to(kari.email!)[0]!);
    for (const body of [mail.html as string, mail.text!]) {
      expect(body).not.toMatch(/tastes inn|skrives inn|typed in|type it/i);
      expect(body).toContain('Virker ikke skanningen, sjekker vertene deg inn på navn.');
      expect(body).toContain('If scanning fails, the hosts check you in by name.');
    }
  });

  it('shows the QR code inline from a cid the HTML points at, and the image decodes to the code', async () => {
    const kari = person(core, 'Kari Ødegård');
    const mail = await parse(capture.to(kari.email!)[0]!);
    const images = mail.attachments.filter((a) => a.contentType === 'image/png');
    expect(images).toHaveLength(1);
    const image = images[0]!;
    expect(image.contentDisposition).toBe('inline');
    expect(image.cid).toBeTruthy();
    expect(mail.html).toContain(`src="cid:${image.cid}"`);
    const size = PNG.sync.read(image.content);
    expect(size.width).toBeGreaterThanOrEqual(300);
    expect(decodeQr(image.content)).toBe(kari.code);
  });

  it('attaches a calendar invitation for the day in Oslo time, at Oslo rådhus', async () => {
    const kari = person(core, 'Kari Ødegård');
    const mail = await parse(capture.to(kari.email!)[0]!);
    const calendars = mail.attachments.filter((a) => a.contentType === 'text/calendar');
    expect(calendars).toHaveLength(1);
    expect(calendars[0]!.filename).toMatch(/\.ics$/);
    const lines = icsLines(calendars[0]!.content.toString('utf8'));
    expect(lines).toContain('DTSTART;TZID=Europe/Oslo:20260312T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Oslo:20260312T153000');
    expect(lines).toContain('LOCATION:Oslo rådhus');
    expect(lines).toContain('SUMMARY:Lokaldemokratikonferansen 2026');
    expect(lines).toContain('TZID:Europe/Oslo');
  });

  it('writes hostile names as text, never as markup', async () => {
    const xss = person(core, HTML_NAME);
    const mail = await parse(capture.to(xss.email!)[0]!);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Hei, &lt;script&gt;alert(1)&lt;/script&gt;!');
    expect(mail.text).toContain(`Hei, ${HTML_NAME}!`);
    const robert = person(core, SQL_NAME);
    const robertMail = await parse(capture.to(robert.email!)[0]!);
    const to = Array.isArray(robertMail.to) ? robertMail.to : [robertMail.to];
    expect(to[0]?.value[0]?.name).toBe(SQL_NAME);
  });

  it('sends the waitlisted a waitlist email without a code, image or invitation', async () => {
    const per = person(core, 'Per Hansen');
    expect(per.status).toBe('waitlisted');
    const received = capture.to(per.email!);
    expect(received).toHaveLength(1);
    const mail = await parse(received[0]!);
    expect(mail.subject).toBe('Du står på venteliste: Lokaldemokratikonferansen 2026 / You are on the waiting list');
    expect(mail.attachments).toEqual([]);
    for (const body of [mail.html as string, mail.text!]) {
      expect(body).toContain('du står på venteliste');
      expect(body).toContain('you are on the waiting list');
      expect(body).not.toContain(per.code);
      expect(body).not.toContain('cid:');
      expect(body).not.toContain('QR-koden er et bilde');
    }
  });

  it('sends the cancelled nothing', () => {
    const ola = person(core, 'Ola Nordmann');
    expect(ola.status).toBe('cancelled');
    expect(capture.to(ola.email!)).toEqual([]);
  });

  it('reports a registrant without an email address instead of skipping them', () => {
    const nils = person(core, 'Nils Utenepost');
    expect(first.failed).toEqual([{ id: nils.id, reason: noEmail }]);
    const status = mailStatusSync(core);
    expect(status.failed).toEqual([{ id: nils.id, reason: noEmail }]);
    expect(status).toMatchObject({ queued: 0, sent: capture.messages.length });
    expect(status.sent + status.failed.length).toBe(people(core).filter((p) => p.status !== 'cancelled').length);
  });

  it('sends nothing again on a second run, and reports the one without an address again', async () => {
    const before = capture.messages.length;
    const again = await send(core, capture);
    expect(capture.messages.length).toBe(before);
    expect(again.sent).toBe(0);
    expect(again.failed.map((f) => f.reason)).toEqual([noEmail]);
  });

  it('resends to one registrant with --only, as a new message', async () => {
    const kari = person(core, 'Kari Ødegård');
    const firstId = storedMessageId(core, kari.id);
    const before = capture.messages.length;
    const summary = await send(core, capture, { only: kari.id });
    expect(summary).toEqual({ total: 1, sent: 1, failed: [] });
    expect(capture.messages.length).toBe(before + 1);
    const received = capture.to(kari.email!);
    expect(received).toHaveLength(2);
    const resent = await parse(received[1]!);
    expect(resent.messageId).not.toBe(firstId);
    expect(storedMessageId(core, kari.id)).toBe(resent.messageId);
  });

  it('refuses --only for the cancelled and for an unknown id, sending nothing', async () => {
    const before = capture.messages.length;
    expect(await failureKey(send(core, capture, { only: person(core, 'Ola Nordmann').id }))).toBe('mailCancelledRegistrant');
    expect(await failureKey(send(core, capture, { only: 'ZZZZZZZZ' }))).toBe('registrantNotFound');
    expect(capture.messages.length).toBe(before);
  });

  it('sends the code that checks the person in', async () => {
    const kari = person(core, 'Kari Ødegård');
    const mail = await parse(capture.to(kari.email!)[0]!);
    const code = decodeQr(mail.attachments.find((a) => a.contentType === 'image/png')!.content)!;
    expect(scanSync(core, code).verdict).toBe('welcome');
  });
});

describe('a server that hangs up half-way', () => {
  let capture: SmtpCapture;
  beforeAll(async () => {
    capture = await startSmtpCapture();
  });
  afterAll(() => capture.close());

  it('stops the run, keeps what was sent, and the next run sends the rest, nobody twice', async () => {
    const core = openEvent(confirmedRows(12));
    capture.hangUpOnData(5);
    expect(await failureKey(send(core, capture))).toBe('mailConnectionLost');

    const halfway = mailStatusSync(core);
    expect(halfway.sent).toBe(capture.messages.length);
    expect(halfway.sent).toBeGreaterThanOrEqual(4);
    expect(halfway.sent).toBeLessThan(12);
    expect(halfway.failed.map((f) => f.reason.message)).toContain('forbindelsen til e-postserveren brøt');

    const rest = await send(core, capture);
    expect(rest.failed).toEqual([]);
    expect(rest.sent).toBe(12 - halfway.sent);
    for (const p of people(core)) expect(capture.to(p.email!), p.email!).toHaveLength(1);
    expect(capture.messages).toHaveLength(12);
    expect(mailStatusSync(core)).toEqual({ queued: 0, sent: 12, failed: [] });
  });
});

describe('two runs, and a run that died', () => {
  let capture: SmtpCapture;
  beforeAll(async () => {
    capture = await startSmtpCapture();
  });
  afterAll(() => capture.close());

  it('never sends twice when two runs on the same data directory overlap', async () => {
    const core = openEvent(confirmedRows(16, 'samtidig'));
    // A second handle on the same file, as a second process would have.
    const other = Core.openSync(core.dataDir);
    cores.push(other);
    const [a, b] = await Promise.all([send(core, capture), send(other, capture)]);
    expect(a.sent + b.sent).toBe(16);
    for (const p of people(core)) expect(capture.to(p.email!), p.email!).toHaveLength(1);
    expect(mailStatusSync(core)).toEqual({ queued: 0, sent: 16, failed: [] });
  });

  it('takes over a stale claim with its Message-ID, and leaves a fresh claim to its run', async () => {
    const core = openEvent(confirmedRows(2, 'krasj'));
    const [stale, live] = people(core);
    writeRawSync(core.dataDir, (db) => {
      const claim = db.prepare("INSERT INTO mail_outbox (registrant_id, kind, state, message_id, attempts, updated_at) VALUES (?, 'confirmation', 'queued', ?, 1, ?)");
      claim.run(stale!.id, '<gammel@lokaldemokrati.example>', new Date(Date.now() - 10 * 60_000).toISOString());
      claim.run(live!.id, '<underveis@lokaldemokrati.example>', new Date().toISOString());
    });
    const summary = await send(core, capture);
    expect(summary).toEqual({ total: 2, sent: 1, failed: [] });
    const resent = await parse(capture.to(stale!.email!)[0]!);
    expect(resent.messageId).toBe('<gammel@lokaldemokrati.example>');
    expect(capture.to(live!.email!)).toEqual([]);
    expect(mailStatusSync(core)).toMatchObject({ queued: 1, sent: 1 });
  });
});

describe('leaving an event whose emails went', () => {
  it('removes the outbox with the list, so the kiosk can leave', async () => {
    const capture = await startSmtpCapture();
    try {
      const core = openEvent(confirmedRows(2, 'forlater'));
      expect((await send(core, capture)).sent).toBe(2);
      const { name } = core.requireEventSync();
      expect(leaveEventSync(core)).toEqual({ eventName: name });
      expect(core.eventSync()).toBeNull();
      expect(readRawSync(core.dataDir, (db) => db.prepare('SELECT COUNT(*) FROM mail_outbox').pluck().get())).toBe(0);
    } finally {
      await capture.close();
    }
  });
});

describe('sending over SMTP: pace, refusals and failures', () => {
  let capture: SmtpCapture;
  beforeAll(async () => {
    capture = await startSmtpCapture({ refuse: (address) => address.startsWith('avvist') });
  });
  afterAll(() => capture.close());

  it('keeps to --rate', async () => {
    const core = openEvent(confirmedRows(6, 'tempo'));
    const started = Date.now();
    const summary = await send(core, capture, { rate: 4 });
    expect(summary.sent).toBe(6);
    // Six emails at four a second: five gaps of 250 ms at least.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1200);
    // Roughly: arrivals lag starts a little (the first waits for its connection), so allow one more in any second.
    const times = capture.messages.filter((m) => m.rcptTo[0]!.startsWith('tempo')).map((m) => m.at).sort((a, b) => a - b);
    expect(times[5]! - times[0]!).toBeGreaterThanOrEqual(1000);
  });

  it('records a recipient the server refuses, without the address in the reason, and goes on', async () => {
    const core = openEvent([...confirmedRows(2, 'ok'), ['4000', 'Avvist Person', 'avvist@example.no', 'Asker kommune', 'Påmeldt']]);
    const summary = await send(core, capture);
    expect(summary.sent).toBe(2);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]!.reason.message).toMatch(/^e-postserveren avviste e-posten: .*550/);
    expect(summary.failed[0]!.reason.messageEn).toMatch(/^the mail server rejected the email: .*550/);
    expect(JSON.stringify(summary.failed[0]!.reason)).not.toContain('@');
  });

  it('stops with a Norwegian message when the server cannot be reached, touching nothing', async () => {
    const core = openEvent(confirmedRows(2, 'borte'));
    const transport = smtpTransport('smtp://127.0.0.1:1');
    let error: unknown;
    await runWith(core, transport).catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).key).toBe('mailUnreachable');
    expect((error as UserError).kind).toBe('internal');
    expect((error as UserError).message).toContain('Sjekk vertsnavn og port');
    expect(mailStatusSync(core)).toEqual({ queued: 2, sent: 0, failed: [] });
  });

  it('logs in with the password from INNSJEKK_SMTP_PASSWORD, and stops on a wrong one', async () => {
    const guarded = await startSmtpCapture({ login: { user: 'arrangor', pass: 'hemmelig' } });
    try {
      const url = `smtp://arrangor@127.0.0.1:${guarded.port}`;
      const wrong = openEvent(confirmedRows(1, 'feil'));
      expect(await failureKey(runWith(wrong, smtpTransport(url, { INNSJEKK_SMTP_PASSWORD: 'gjetting' })))).toBe('mailAuthFailed');
      expect(guarded.messages).toHaveLength(0);
      const right = openEvent(confirmedRows(2, 'riktig'));
      expect((await runWith(right, smtpTransport(url, { INNSJEKK_SMTP_PASSWORD: 'hemmelig' }))).sent).toBe(2);
      expect(guarded.messages).toHaveLength(2);
    } finally {
      await guarded.close();
    }
  });

  it('reads smtp and smtps URLs, insists on encryption off this machine, and never repeats a password', () => {
    expect(smtpOptions('smtp://bruker:pass%40ord@mail.example.no', {})).toMatchObject({
      host: 'mail.example.no',
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { user: 'bruker', pass: 'pass@ord' },
    });
    expect(smtpOptions('smtps://bruker@mail.example.no', { INNSJEKK_SMTP_PASSWORD: 'fra-miljø' })).toMatchObject({
      port: 465,
      secure: true,
      auth: { user: 'bruker', pass: 'fra-miljø' },
    });
    expect(smtpOptions('smtp://127.0.0.1:2525', {})).toMatchObject({ port: 2525, requireTLS: false, auth: undefined });
    for (const bad of ['http://mail.example.no', 'smtp://bruker:superhemmelig@mail.example.no:99999', 'smtp://bruker:superhemmelig%E0@mail.example.no', 'ikke en url', 'smtp://bruker@mail.example.no']) {
      let error: unknown;
      try {
        smtpOptions(bad, {});
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(UserError);
      expect((error as UserError).key).toBe('badSmtpUrl');
      expect((error as UserError).message).not.toContain('superhemmelig');
    }
  });

  it('refuses a sender that is not an address before anything is sent', async () => {
    const core = openEvent(confirmedRows(1, 'avsender'));
    const before = capture.messages.length;
    const transport = smtpTransport(capture.url);
    try {
      expect(() => startMailRun(core, { from: 'ikke en adresse', transport })).toThrow(/Avsenderadressen/);
      expect(() => startMailRun(core, { from: FROM, transport, rate: 0 })).toThrow(/hastighet/);
    } finally {
      transport.close();
    }
    expect(capture.messages.length).toBe(before);
  });
});

describe('writing .eml files', () => {
  it('writes one file per registrant that parses as the same email, and writes nothing twice', async () => {
    const core = openEvent(NORWEGIAN_REGISTRANTS);
    const dir = path.join(tempDir(), 'eml');
    const summary = await runWith(core, emlTransport(dir));
    const expected = people(core).filter((p) => p.status !== 'cancelled');
    expect(summary.sent).toBe(expected.length);
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(expected.map((p) => `${p.id}-${p.status === 'confirmed' ? 'confirmation' : 'waitlist'}.eml`).sort());
    const kari = person(core, 'Kari Ødegård');
    const raw = fs.readFileSync(path.join(dir, `${kari.id}-confirmation.eml`));
    expect(raw.toString('latin1')).toMatch(/\r\n\r\n/);
    const mail = await simpleParser(raw, { keepCidLinks: true });
    expect(mail.subject).toContain('Påmeldingen er bekreftet');
    expect(mail.messageId).toBe(storedMessageId(core, kari.id));
    expect(decodeQr(mail.attachments.find((a) => a.contentType === 'image/png')!.content)).toBe(kari.code);
    fs.rmSync(path.join(dir, `${kari.id}-confirmation.eml`));
    expect((await runWith(core, emlTransport(dir))).sent).toBe(0);
    expect(fs.existsSync(path.join(dir, `${kari.id}-confirmation.eml`))).toBe(false);
  });
});

describe('the organiser screens’ operations', () => {
  let capture: SmtpCapture;
  beforeAll(async () => {
    capture = await startSmtpCapture();
  });
  afterAll(() => capture.close());
  afterEach(() => {
    capture.messages.length = 0;
  });

  const runtimes: KioskRuntime[] = [];
  afterEach(async () => {
    await Promise.all(runtimes.splice(0).map((runtime) => runtime.stop()));
  });

  /** The API of a kiosk running on the core's data directory. */
  async function handlersFor(core: Core): Promise<ApiHandlers> {
    const runtime = await KioskRuntime.start({ dataDir: core.dataDir });
    runtimes.push(runtime);
    return runtime.handlers;
  }

  async function settled(handlers: ApiHandlers): Promise<MailProgress> {
    for (let i = 0; i < 200; i++) {
      const status = await handlers.mailStatus({}, {});
      if (!status.running) return status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('sending did not finish');
  }

  it('mailSend returns at once and sends in the background; mailStatus follows it', async () => {
    const core = openEvent(confirmedRows(5, 'skjerm'));
    const handlers = await handlersFor(core);
    const started = await handlers.mailSend({ from: FROM, smtpUrl: capture.url }, {});
    expect(started).toMatchObject({ running: true, stopped: null, sent: 0 });
    expect(() => handlers.mailSend({ from: FROM, smtpUrl: capture.url }, {})).toThrow(/sendes allerede/);
    expect(await settled(handlers)).toEqual({ queued: 0, sent: 5, failed: [], running: false, stopped: null });
    expect(capture.messages).toHaveLength(5);
  });

  it('mailSend refuses bad input at once, and tells why a run stopped', async () => {
    const core = openEvent(confirmedRows(2, 'stopp'));
    const handlers = await handlersFor(core);
    expect(() => handlers.mailSend({ from: FROM, smtpUrl: 'http://feil' }, {})).toThrow(/SMTP-adressen/);
    expect(() => handlers.mailSend({ from: 'feil', smtpUrl: capture.url }, {})).toThrow(/Avsenderadressen/);
    await handlers.mailSend({ from: FROM, smtpUrl: 'smtp://127.0.0.1:1' }, {});
    const status = await settled(handlers);
    expect(status.stopped?.message).toContain('Får ikke kontakt med e-postserveren');
    expect(status.stopped?.messageEn).toContain('Cannot reach the mail server');
  });

  it('mailPreview shows a registrant’s email with the image inline, and a draft without saving it', async () => {
    const core = openEvent(NORWEGIAN_REGISTRANTS);
    const handlers = await handlersFor(core);
    const kari = person(core, 'Kari Ødegård');
    const preview = await handlers.mailPreview({ registrantId: kari.id }, {});
    expect(preview.subject).toContain('Påmeldingen er bekreftet');
    expect(preview.html).toContain('src="data:image/png;base64,');
    expect(preview.html).not.toContain('cid:');
    expect(preview.text).toContain(kari.code);

    const before = eventSettingsSync(core);
    const draft = await handlers.mailPreview({ registrantId: kari.id, draft: { mailIntro: 'Hei {name} – <utkast>' } }, {});
    expect(draft.html).toContain('Hei Kari Ødegård – &lt;utkast&gt;');
    expect(eventSettingsSync(core)).toEqual(before);
    await expect(handlers.mailPreview({ draft: { mailIntro: 'Hei {navn}' } }, {})).rejects.toThrow(/\{navn\}/);

    const waitlist = await handlers.mailPreview({ kind: 'waitlist' }, {});
    expect(waitlist.subject).toContain('venteliste');
    expect(waitlist.html).not.toContain('data:image/png');
  });
});
