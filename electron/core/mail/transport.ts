/**
 * Where the emails go: to an SMTP server, or as .eml files into a folder for
 * the organiser's own mail system. Both build the message with nodemailer.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type NodemailerError, type SendMailOptions, type SMTPPoolOptions } from 'nodemailer';
import type { MailKind } from '../../../shared/domain.js';
import { storedText, UserError, type MessageKey, type StoredText } from '../../../shared/i18n.js';
import { makePrivateDirSync, writePrivateFileSync } from '../private-files.js';
import type { ComposedMail } from './compose.js';

/** A mailbox: an address and the name shown with it. */
export interface Mailbox {
  readonly name: string;
  readonly address: string;
}

/** One email on its way. */
export interface OutgoingMail {
  readonly registrantId: string;
  readonly kind: MailKind;
  readonly from: Mailbox;
  readonly to: Mailbox;
  /** The Message-ID header, with angle brackets. */
  readonly messageId: string;
  readonly content: ComposedMail;
}

/** Something that delivers emails. */
export interface MailTransport {
  /** How many emails it takes at once. */
  readonly concurrency: number;
  /** Checks that emails can go at all (the server answers and takes the login); rejects with a SendFailure. */
  verify(): Promise<void>;
  /** Delivers one email; resolves to its Message-ID, rejects with a SendFailure. */
  send(mail: OutgoingMail): Promise<string>;
  close(): void;
}

/** Why an email was not sent, and whether the run can go on. */
export class SendFailure extends Error {
  constructor(
    /** Stored for the registrant. */
    readonly reason: StoredText,
    /** Set when no further email can go either: the message for the organiser. */
    readonly stopsRun: { readonly key: MessageKey; readonly params: Readonly<Record<string, string>> } | null,
  ) {
    super(reason.message);
    this.name = 'SendFailure';
  }
}

const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

/** True for an address worth handing to a mail server. */
export function isMailAddress(text: string): boolean {
  return text.length <= 254 && ADDRESS.test(text);
}

/** Reads `navn@domene.no` or `Navn <navn@domene.no>`; a UserError otherwise. */
export function parseMailbox(text: string): Mailbox {
  const match = /^\s*(?:"?([^"<>]*?)"?\s*<([^<>]+)>|([^<>\s]+))\s*$/.exec(text);
  const address = (match?.[2] ?? match?.[3] ?? '').trim();
  if (!isMailAddress(address)) throw new UserError('badFromAddress', { value: text.slice(0, 100) });
  return { name: (match?.[1] ?? '').trim(), address };
}

/** A new Message-ID in the sender's domain. */
export function newMessageId(from: Mailbox): string {
  return `<${crypto.randomUUID()}@${from.address.slice(from.address.lastIndexOf('@') + 1)}>`;
}

/** A server's reply without any address in it: the reason is shown and stored. */
function redact(response: string | undefined): string {
  return (response ?? '').replace(/<?[^\s<>@]+@[^\s<>]+>?/g, '<adresse>').slice(0, 200);
}

function nodemailerMessage(mail: OutgoingMail): SendMailOptions {
  return {
    from: { name: mail.from.name, address: mail.from.address },
    to: { name: mail.to.name, address: mail.to.address },
    subject: mail.content.subject,
    messageId: mail.messageId,
    html: mail.content.html,
    text: mail.content.text,
    attachments: mail.content.attachments.map((a) => ({ ...a })),
    // Identifies the message for the recipient's mail system; says nothing about the person.
    xMailer: 'Innsjekk',
  };
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1)$/i;
const SMTP_CONCURRENCY = 4;

/**
 * The pool options for an smtp:// (STARTTLS, port 587) or smtps:// (TLS,
 * port 465) URL; the password comes from the URL or INNSJEKK_SMTP_PASSWORD.
 */
export function smtpOptions(urlText: string, env: NodeJS.ProcessEnv = process.env): SMTPPoolOptions & { pool: true } {
  let url: URL;
  let user: string;
  let pass: string | undefined;
  try {
    url = new URL(urlText);
    user = decodeURIComponent(url.username);
    pass = url.password ? decodeURIComponent(url.password) : env.INNSJEKK_SMTP_PASSWORD;
  } catch {
    // Never echo the URL: it may hold the password.
    throw new UserError('badSmtpUrl');
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') throw new UserError('badSmtpUrl');
  const secure = url.protocol === 'smtps:';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (user === '' && url.password !== '') throw new UserError('badSmtpUrl');
  if (user !== '' && !pass) throw new UserError('badSmtpUrl');
  return {
    pool: true,
    host,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    // Passwords and attendee data leave this machine only encrypted; a relay on the machine itself may speak plain SMTP.
    requireTLS: !secure && !LOOPBACK.test(host),
    auth: user ? { user, pass } : undefined,
    maxConnections: SMTP_CONCURRENCY,
    // A message whose connection dropped is not sent again behind our back: the outbox decides.
    maxRequeues: 0,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    logger: false,
    debug: false,
  };
}

/** The reason stored for the registrant, and the organiser's message when the run must stop. */
function smtpFailure(error: unknown): SendFailure {
  const e = error as NodemailerError;
  const response = redact(e.response);
  const stop = (reason: MessageKey, key: MessageKey): SendFailure => new SendFailure(storedText(reason, { response }), { key, params: { response } });
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') return stop('mailReasonLogin', 'mailAuthFailed');
  if (e.code === 'ETLS') return stop('mailReasonConnection', 'mailTlsFailed');
  if (e.command === 'MAIL FROM') return stop('mailReasonSender', 'mailSenderRejected');
  // The server refused this one email (a mailbox it does not know, say); the next may go through.
  if ((e.code === 'EENVELOPE' || e.code === 'EMESSAGE') && e.responseCode !== undefined && e.responseCode !== 421) {
    return new SendFailure(storedText('mailReasonRejected', { response }), null);
  }
  const unreachable =
    e.code === 'EDNS' ||
    (e.code === 'ETIMEDOUT' && e.timeoutType === 'CONNECT_TIMEOUT') ||
    ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'].includes(e.originalCode ?? e.code ?? '');
  return stop('mailReasonConnection', unreachable ? 'mailUnreachable' : 'mailConnectionLost');
}

/** Sends over SMTP with a small pool of connections. */
export function smtpTransport(urlText: string, env: NodeJS.ProcessEnv = process.env): MailTransport {
  const transporter = nodemailer.createTransport(smtpOptions(urlText, env));
  return {
    concurrency: SMTP_CONCURRENCY,
    async verify() {
      try {
        await transporter.verify();
      } catch (error) {
        throw smtpFailure(error);
      }
    },
    async send(mail) {
      try {
        const info = await transporter.sendMail(nodemailerMessage(mail));
        return info.messageId;
      } catch (error) {
        throw smtpFailure(error);
      }
    },
    close: () => transporter.close(),
  };
}

/** The file an email is written to: one per registrant and kind. */
export function emlFileName(registrantId: string, kind: MailKind): string {
  return `${registrantId}-${kind}.eml`;
}

/** Writes each email as an .eml file into a folder, for the organiser's own mail system to send. */
export function emlTransport(dir: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const writeFailure = (): SendFailure => new SendFailure(storedText('mailReasonWriteFailed'), { key: 'mailWriteFailed', params: {} });
  return {
    concurrency: 1,
    async verify() {
      try {
        makePrivateDirSync(dir);
        fs.accessSync(dir, fs.constants.W_OK);
      } catch {
        throw writeFailure();
      }
    },
    async send(mail) {
      const info = await transporter.sendMail(nodemailerMessage(mail));
      const file = path.join(dir, emlFileName(mail.registrantId, mail.kind));
      try {
        // Written whole or not at all, so the mail system never picks up half a message.
        writePrivateFileSync(`${file}.tmp`, info.message as Buffer);
        fs.renameSync(`${file}.tmp`, file);
      } catch {
        throw writeFailure();
      }
      return info.messageId;
    },
    close: () => transporter.close(),
  };
}
