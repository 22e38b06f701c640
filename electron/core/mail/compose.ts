/**
 * Composing one registrant's email from the event's settings: subject, HTML,
 * plain text and attachments, in Norwegian bokmål with English below.
 */
import type { EventSettings, MailKind } from '../../../shared/domain.js';
import { codePng } from '../codes.js';
import type { MailPlaceholder } from '../event-settings.js';
import { calendarInvitation } from './ics.js';

/** A file sent with the email; with a cid it is shown inside the HTML. */
export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer | string;
  readonly cid?: string;
}

/** One email, ready for a transport. */
export interface ComposedMail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly attachments: readonly MailAttachment[];
}

/** Who the email is for. */
export interface MailRegistrant {
  readonly id: string;
  readonly name: string;
  readonly code: string;
}

/** What an email is made from; a confirmation carries the code's QR image. */
export type MailInput = {
  readonly eventId: string;
  readonly settings: EventSettings;
  readonly registrant: MailRegistrant;
  readonly now: Date;
} & ({ readonly kind: 'confirmation'; readonly qrPng: Buffer } | { readonly kind: 'waitlist' });

type Language = 'nb' | 'en';

/** The email's fixed texts; the organiser edits the rest in the event settings. */
const LABELS = {
  nb: {
    when: 'Når',
    where: 'Hvor',
    practical: 'Praktisk',
    registration: 'Registrering og sikkerhetskontroll fra kl. {time}',
    time: 'kl. {starts}–{ends}',
    codeTitle: 'Din QR-kode',
    qrAlt: 'QR-kode for innsjekking',
    brightness: 'Skru opp lysstyrken på skjermen når du viser koden.',
    byName: 'Virker ikke skanningen, sjekker vertene deg inn på navn.',
    codeText: 'Koden som tekst:',
    codeInText: 'QR-koden er et bilde i e-posten. Koden som tekst:',
    calendar: 'En kalenderinvitasjon er vedlagt.',
  },
  en: {
    when: 'When',
    where: 'Where',
    practical: 'Practical information',
    registration: 'Registration and security check from {time}',
    time: '{starts}–{ends}',
    codeTitle: 'Your QR code',
    qrAlt: 'QR code for check-in',
    brightness: 'Show the QR code above at the entrance, and turn up your screen brightness when you do.',
    byName: 'If scanning fails, the hosts check you in by name.',
    codeText: 'The code as text:',
    codeInText: 'The QR code is an image in this email. The code as text:',
    calendar: 'A calendar invitation is attached.',
  },
} as const satisfies Record<Language, Record<string, string>>;

const DATE_FORMATS: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  nb: new Intl.DateTimeFormat('nb-NO', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const QR_DISPLAY_PX = 300;
const RULE = '-'.repeat(40);

/** The day as people write it: "torsdag 12. mars 2026", "Thursday 12 March 2026". */
function longDate(date: string, language: Language): string {
  return DATE_FORMATS[language].format(new Date(`${date}T12:00:00Z`));
}

/** Norwegian writes the time 10.00, English 10:00. */
function clock(time: string, language: Language): string {
  return language === 'nb' ? time.replace(':', '.') : time;
}

/** Fills {placeholders}; anything else in braces stays as written. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, word: string) => (Object.hasOwn(values, word) ? values[word]! : whole));
}

/** Text made safe to place in HTML, attributes included. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Plain text as HTML paragraphs: blank lines part paragraphs, single line breaks stay. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p style="margin:0 0 16px;">${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

interface Section {
  readonly language: Language;
  readonly values: Readonly<Record<MailPlaceholder, string>>;
  readonly intro: string;
  readonly signature: string;
  readonly entrance: string;
  readonly practical: string;
}

function sections(input: MailInput): readonly [Section, Section] {
  const s = input.settings;
  const values = (language: Language): Record<MailPlaceholder, string> => ({
    name: input.registrant.name,
    event: s.name,
    date: longDate(s.date, language),
    starts: clock(s.starts, language),
    ends: clock(s.ends, language),
    registrationOpens: clock(s.registrationOpens, language),
    venue: s.venue,
  });
  const confirmation = input.kind === 'confirmation';
  return [
    { language: 'nb', values: values('nb'), intro: confirmation ? s.mailIntro : s.waitlistIntro, signature: s.mailSignature, entrance: s.entrance, practical: s.practical },
    { language: 'en', values: values('en'), intro: confirmation ? s.mailIntroEn : s.waitlistIntroEn, signature: s.mailSignatureEn, entrance: s.entranceEn, practical: s.practicalEn },
  ];
}

interface Details {
  readonly when: string;
  readonly registration: string;
  readonly where: readonly string[];
  readonly practical: string;
}

function details(section: Section): Details {
  const labels = LABELS[section.language];
  const v = section.values;
  return {
    when: `${v.date}, ${fill(labels.time, v)}`,
    registration: fill(labels.registration, { time: v.registrationOpens }),
    where: [v.venue, fill(section.entrance, v)].filter((line) => line !== ''),
    practical: fill(section.practical, v),
  };
}

function htmlSection(section: Section, input: MailInput, cid: string | null): string {
  const labels = LABELS[section.language];
  const v = section.values;
  const cell = 'padding:4px 0;vertical-align:top;';
  const head = `${cell}padding-right:16px;text-align:left;white-space:nowrap;`;
  // One h1 for the email; the English part is a section below it.
  const level = section.language === 'nb' ? 'h1' : 'h2';
  const parts = [`<${level} style="font-size:22px;line-height:1.3;margin:0 0 16px;">${escapeHtml(v.event)}</${level}>`];
  parts.push(paragraphs(fill(section.intro, v)));
  if (input.kind === 'confirmation') {
    if (cid !== null) {
      parts.push(
        `<div style="text-align:center;margin:24px 0;">
<h2 style="font-size:20px;margin:0 0 12px;">${labels.codeTitle}</h2>
<img src="cid:${escapeHtml(cid)}" width="${QR_DISPLAY_PX}" height="${QR_DISPLAY_PX}" alt="${labels.qrAlt}" style="display:block;margin:0 auto;width:${QR_DISPLAY_PX}px;max-width:100%;height:auto;border:0;image-rendering:pixelated;">
<p style="margin:12px 0 0;font-weight:bold;">${labels.brightness}</p>
<p style="margin:12px 0 0;">${labels.byName}</p>
<p style="margin:12px 0 0;font-size:13px;color:#4b5563;">${labels.codeText}<br><code style="font-family:Consolas,Menlo,monospace;word-break:break-all;">${escapeHtml(input.registrant.code)}</code></p>
</div>`,
      );
    } else {
      parts.push(`<p style="margin:0 0 16px;font-weight:bold;">${labels.brightness}</p>`, `<p style="margin:0 0 16px;">${labels.byName}</p>`);
    }
    const d = details(section);
    const rows = [
      `<tr><th scope="row" style="${head}">${labels.when}</th><td style="${cell}">${escapeHtml(d.when)}<br>${escapeHtml(d.registration)}</td></tr>`,
      `<tr><th scope="row" style="${head}">${labels.where}</th><td style="${cell}">${d.where.map(escapeHtml).join('<br>')}</td></tr>`,
    ];
    if (d.practical !== '') rows.push(`<tr><th scope="row" style="${head}">${labels.practical}</th><td style="${cell}">${escapeHtml(d.practical).replace(/\n/g, '<br>')}</td></tr>`);
    parts.push(`<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;">\n${rows.join('\n')}\n</table>`);
    parts.push(`<p style="margin:0 0 16px;">${labels.calendar}</p>`);
  }
  parts.push(paragraphs(fill(section.signature, v)));
  return `<div lang="${section.language}">\n${parts.join('\n')}\n</div>`;
}

function textSection(section: Section, input: MailInput, withCode: boolean): string {
  const labels = LABELS[section.language];
  const v = section.values;
  const parts = [v.event, fill(section.intro, v)];
  if (input.kind === 'confirmation') {
    const d = details(section);
    parts.push(
      [`${labels.when}: ${d.when}`, d.registration, `${labels.where}: ${d.where.join(', ')}`, ...(d.practical ? [`${labels.practical}: ${d.practical}`] : [])].join('\n'),
    );
    parts.push(withCode ? `${labels.codeInText}\n${input.registrant.code}\n${labels.brightness}\n${labels.byName}` : `${labels.brightness}\n${labels.byName}`);
    parts.push(labels.calendar);
  }
  parts.push(fill(section.signature, v));
  return parts.join('\n\n');
}

/** The calendar entry's description: when to come, the way in, what to know. */
function calendarDescription(both: readonly Section[]): string {
  return both
    .map((section) => {
      const d = details(section);
      return [d.registration, ...d.where.slice(1), d.practical].filter((line) => line !== '').join('\n');
    })
    .join('\n\n');
}

/** Composes one registrant's email. */
export function composeMail(input: MailInput): ComposedMail {
  const s = input.settings;
  const [nb, en] = sections(input);
  const subject = fill(input.kind === 'confirmation' ? s.mailSubject : s.waitlistSubject, nb.values);
  const cid = input.kind === 'confirmation' ? `qr-${input.registrant.id}@innsjekk` : null;
  const html = `<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<div style="max-width:600px;margin:0 auto;padding:24px 16px;background-color:#ffffff;color:#1f2937;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;">
${htmlSection(nb, input, cid)}
<hr style="border:none;border-top:1px solid #d1d5db;margin:32px 0;">
${htmlSection(en, input, null)}
</div>
</body>
</html>
`;
  const text = `${textSection(nb, input, true)}\n\n${RULE}\n\n${textSection(en, input, false)}\n`;
  if (input.kind === 'waitlist') return { subject, html, text, attachments: [] };
  const ics = calendarInvitation({
    uid: `${input.eventId}.event@innsjekk`,
    stamp: input.now,
    date: s.date,
    starts: s.starts,
    ends: s.ends,
    summary: s.name,
    location: s.venue,
    description: calendarDescription([nb, en]),
  });
  return {
    subject,
    html,
    text,
    attachments: [
      { filename: 'qr-kode.png', contentType: 'image/png', content: input.qrPng, cid: cid! },
      { filename: 'invitasjon.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics },
    ],
  };
}

/** Composes a registrant's email of the given kind, drawing the QR code for a confirmation. */
export async function composeMailFor(input: Omit<MailInput, 'kind' | 'qrPng'> & { readonly kind: MailKind }): Promise<ComposedMail> {
  return input.kind === 'confirmation'
    ? composeMail({ ...input, kind: 'confirmation', qrPng: await codePng(input.registrant.code) })
    : composeMail({ ...input, kind: 'waitlist' });
}

/** The HTML with its inline images as data: URLs, as a mail client shows it; for previews. */
export function htmlWithInlineImages(mail: ComposedMail): string {
  let html = mail.html;
  for (const a of mail.attachments) {
    if (a.cid === undefined) continue;
    const data = `data:${a.contentType};base64,${Buffer.from(a.content).toString('base64')}`;
    html = html.split(`cid:${escapeHtml(a.cid)}`).join(data);
  }
  return html;
}
