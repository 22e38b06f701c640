/**
 * The event's settings: name and date live in the event table, the rest in
 * event_setting, with defaults that suit Lokaldemokratikonferansen in Oslo
 * rådhus, so an organiser only changes what differs.
 */
import { EVENT_SETTING_KEYS, type EventSettingKey, type EventSettings } from '../../shared/domain.js';
import { MAX_TAG, parseTagRange } from '../../shared/cloakroom.js';
import { isReleaseTime } from '../../shared/door-day.js';
import { UserError } from '../../shared/i18n.js';
import { isIsoDate, type Core } from './core.js';
import { eventSettingRowsSync, setEventSettingSync } from './store/meta-store.js';

/** The settings kept in the event record itself: the name, the date and the capacity. */
const EVENT_RECORD_KEYS = ['name', 'date', 'capacity'] as const;
type StoredKey = Exclude<EventSettingKey, (typeof EVENT_RECORD_KEYS)[number]>;

/** What an unset setting means. */
export const EVENT_SETTING_DEFAULTS: Readonly<Record<StoredKey, string>> = {
  starts: '10:00',
  ends: '15:30',
  registrationOpens: '09:00',
  venue: 'Oslo rådhus',
  entrance: 'Inngang fra Fridtjof Nansens plass',
  entranceEn: 'Entrance from Fridtjof Nansens plass',
  practical:
    'Det er sikkerhetskontroll ved inngangen, så kom gjerne i god tid. Garderoben er betjent. Lunsj og kaffe er inkludert.',
  practicalEn: 'There is a security check at the entrance, so please come in good time. The cloakroom is staffed. Lunch and coffee are included.',
  mailSubject: 'Påmeldingen er bekreftet: {event} / Registration confirmed',
  mailIntro:
    'Hei, {name}!\n\nVelkommen til {event} {date}. Påmeldingen din er bekreftet, og QR-koden i denne e-posten er billetten din. Vis den ved inngangen, på telefonen eller på papir.',
  mailIntroEn:
    'Hello {name},\n\nWelcome to {event} on {date}. Your registration is confirmed, and the QR code in this email is your ticket. Show it at the entrance, on your phone or on paper.',
  waitlistSubject: 'Du står på venteliste: {event} / You are on the waiting list',
  waitlistIntro:
    'Hei, {name}!\n\nTakk for påmeldingen til {event} {date}. Konferansen er full, og du står på venteliste. Blir det ledig plass, får du en ny e-post med QR-koden din. Du trenger ikke gjøre noe nå.',
  waitlistIntroEn:
    'Hello {name},\n\nThank you for registering for {event} on {date}. The conference is full, and you are on the waiting list. If a place becomes free, you will get a new email with your QR code. You need not do anything now.',
  mailSignature: 'Vennlig hilsen\narrangørene av {event}',
  mailSignatureEn: 'Kind regards,\nthe organisers of {event}',
  cloakTags: '1-800',
  waitlistRelease: '',
  // Empty: 30 days after the event (electron/core/privacy/retention.ts).
  retainUntil: '',
};

/** The words in {braces} that the email texts may use. */
export const MAIL_PLACEHOLDERS = ['name', 'event', 'date', 'starts', 'ends', 'registrationOpens', 'venue'] as const;
export type MailPlaceholder = (typeof MAIL_PLACEHOLDERS)[number];

const TIME_KEYS: readonly EventSettingKey[] = ['starts', 'ends', 'registrationOpens'];
const REQUIRED_KEYS: readonly EventSettingKey[] = ['name', 'date', ...TIME_KEYS, 'venue', 'mailSubject', 'waitlistSubject'];
const TEMPLATE_KEYS: readonly EventSettingKey[] = ['mailSubject', 'mailIntro', 'mailIntroEn', 'waitlistSubject', 'waitlistIntro', 'waitlistIntroEn', 'mailSignature', 'mailSignatureEn'];
/** Keys whose text may run over several lines and paragraphs. */
const MULTILINE_KEYS: readonly EventSettingKey[] = ['practical', 'practicalEn', 'mailIntro', 'mailIntroEn', 'waitlistIntro', 'waitlistIntroEn', 'mailSignature', 'mailSignatureEn'];
const LINE_LIMIT = 200;
const TEXT_LIMIT = 4000;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The capacity a setting's text gives: a whole number above 0, or null for '' (no limit); undefined when it is neither. */
function capacityOf(value: string): number | null | undefined {
  if (value === '') return null;
  return /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

function isSettingKey(key: string): key is EventSettingKey {
  return (EVENT_SETTING_KEYS as readonly string[]).includes(key);
}

/** Line breaks normalised; one-line settings on one line, so a subject cannot break a header. */
function normalise(key: EventSettingKey, value: string): string {
  return MULTILINE_KEYS.includes(key) ? value.replace(/\r\n?/g, '\n').trim() : value.replace(/\s+/g, ' ').trim();
}

function checkOne(key: EventSettingKey, value: string): void {
  if (REQUIRED_KEYS.includes(key) && value === '') throw new UserError('emptySetting', { key });
  const limit = MULTILINE_KEYS.includes(key) ? TEXT_LIMIT : LINE_LIMIT;
  if (value.length > limit) throw new UserError('settingTooLong', { key, length: value.length, limit });
  if (TIME_KEYS.includes(key) && !TIME.test(value)) throw new UserError('badTime', { key, value });
  if (key === 'date' && !isIsoDate(value)) throw new UserError('badDate', { value });
  if (key === 'cloakTags' && !parseTagRange(value)) throw new UserError('badTagRange', { value, max: MAX_TAG });
  if (key === 'capacity' && capacityOf(value) === undefined) throw new UserError('badCapacity', { value });
  if (key === 'waitlistRelease' && !isReleaseTime(value)) throw new UserError('badWaitlistRelease', { value });
  if (TEMPLATE_KEYS.includes(key)) {
    for (const [placeholder, word] of value.matchAll(/\{([^{}]*)\}/g)) {
      if (!(MAIL_PLACEHOLDERS as readonly string[]).includes(word ?? '')) {
        throw new UserError('unknownPlaceholder', { key, placeholder, placeholders: MAIL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ') });
      }
    }
  }
}

/**
 * The settings with the changes applied, each checked; throws a UserError
 * naming the first problem. Changes nothing.
 */
export function applyEventSettings(current: EventSettings, changes: Readonly<Record<string, string>>): EventSettings {
  const unknown = Object.keys(changes).find((key) => !isSettingKey(key));
  if (unknown !== undefined) throw new UserError('unknownSetting', { key: unknown, keys: EVENT_SETTING_KEYS.join(', ') });
  const next: Record<EventSettingKey, string> = { ...current };
  for (const [key, value] of Object.entries(changes) as [EventSettingKey, string][]) {
    next[key] = normalise(key, value);
    checkOne(key, next[key]);
  }
  if (next.retainUntil !== '' && !(isIsoDate(next.retainUntil) && next.retainUntil >= next.date)) {
    throw new UserError('badRetainUntil', { value: next.retainUntil, date: next.date });
  }
  if (!(next.registrationOpens <= next.starts && next.starts < next.ends)) {
    throw new UserError('badTimeOrder', { registrationOpens: next.registrationOpens, starts: next.starts, ends: next.ends });
  }
  return next;
}

/** Every event setting, defaults filled in. */
export function eventSettingsSync(core: Core): EventSettings {
  const event = core.requireEventSync();
  const stored = eventSettingRowsSync(core);
  const capacity = event.capacity === null ? '' : String(event.capacity);
  const settings: Record<EventSettingKey, string> = { name: event.name, date: event.date, capacity, ...EVENT_SETTING_DEFAULTS };
  for (const { key, value } of stored) {
    // A key a later version has dropped is ignored, not shown.
    if (isSettingKey(key) && !(EVENT_RECORD_KEYS as readonly string[]).includes(key)) settings[key] = value;
  }
  return settings;
}

/** Changes some settings, all or none; returns every setting. */
export function updateEventSettingsSync(core: Core, changes: Readonly<Record<string, string>>): EventSettings {
  core.transaction(() => {
    const next = applyEventSettings(eventSettingsSync(core), changes);
    const now = new Date().toISOString();
    if (Object.hasOwn(changes, 'name') || Object.hasOwn(changes, 'date')) core.updateEventSync({ name: next.name, date: next.date });
    if (Object.hasOwn(changes, 'capacity')) core.updateEventSync({ capacity: capacityOf(next.capacity) ?? null });
    for (const key of Object.keys(changes) as EventSettingKey[]) {
      if ((EVENT_RECORD_KEYS as readonly string[]).includes(key)) continue;
      setEventSettingSync(core, key, next[key], now);
    }
  });
  return eventSettingsSync(core);
}
