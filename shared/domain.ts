/**
 * Domain types shared by the core, the HTTP server and the screens.
 */

/** Where a registrant stands in the registration system. */
export const REGISTRANT_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrantStatus = (typeof REGISTRANT_STATUSES)[number];

/**
 * What a kiosk tells the volunteer after a scan. At the entrance: `welcome`,
 * `welcome_back` (in again after an exit), `already` (inside now),
 * `waitlisted` (now waiting at the door, in the queue), `cancelled`, `full`
 * (no free place: only the organiser PIN admits); `admitted_from_waitlist`
 * when the queue lets someone in. At the exit: `goodbye`, `not_inside`.
 * Any code: `invalid`, `wrong_event`.
 */
export const VERDICTS = [
  'welcome',
  'already',
  'waitlisted',
  'cancelled',
  'invalid',
  'wrong_event',
  'welcome_back',
  'full',
  'admitted_from_waitlist',
  'goodbye',
  'not_inside',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * A new organiser PIN: 6 to 12 digits. Fewer would not survive a search of
 * a copied database (electron/core/pin-hash.ts says why).
 */
export const NEW_PIN_PATTERN = /^\d{6,12}$/;
/** A PIN that may open the organiser screens: PINs of 4 digits, set before six were needed, still do. */
export const PIN_PATTERN = /^\d{4,12}$/;
/** The demo event's organiser PIN, stated wherever the demo is offered: the demo holds no real data. */
export const DEMO_PIN = '123456';

/** The fields of a registrant that an import can set. */
export const REGISTRANT_FIELDS = [
  'ref',
  'barcode',
  'firstName',
  'lastName',
  'name',
  'email',
  'organisation',
  'role',
  'status',
  'dietary',
  'note',
] as const;
export type RegistrantField = (typeof REGISTRANT_FIELDS)[number];

/** A registrant's own fields, as the registration list gives them. */
export interface RegistrantFields {
  readonly ref: string | null;
  readonly barcode: string | null;
  readonly name: string;
  readonly email: string | null;
  readonly organisation: string | null;
  readonly role: string | null;
  readonly status: RegistrantStatus;
  readonly dietary: string | null;
  /** For the security check ("Må vise legitimasjon"): shown on a scan, to be acknowledged. */
  readonly note: string | null;
}

/**
 * The event's settings the organiser edits: name and date, the day's times
 * (HH:MM, Oslo time), where to go, the confirmation email's texts, the
 * cloakroom's tag numbers ("1-800"), the room's capacity (a whole number; ''
 * for no limit: kept with the name and date in the event), when the
 * waitlist's places are released at the door (HH:MM, Oslo time, on the
 * event's date; '' for not set) and the date the personal data is deleted
 * on every kiosk (empty: 30 days after the event). Keys
 * ending in `En` are the English versions, shown below the Norwegian.
 */
export const EVENT_SETTING_KEYS = [
  'name',
  'date',
  'starts',
  'ends',
  'registrationOpens',
  'venue',
  'entrance',
  'entranceEn',
  'practical',
  'practicalEn',
  'mailSubject',
  'mailIntro',
  'mailIntroEn',
  'waitlistSubject',
  'waitlistIntro',
  'waitlistIntroEn',
  'mailSignature',
  'mailSignatureEn',
  'cloakTags',
  'capacity',
  'waitlistRelease',
  'retainUntil',
] as const;
export type EventSettingKey = (typeof EVENT_SETTING_KEYS)[number];
/** Every event setting, with defaults filled in. */
export type EventSettings = Readonly<Record<EventSettingKey, string>>;

/** The two emails: a confirmation with the code, or word of the waitlist. */
export const MAIL_KINDS = ['confirmation', 'waitlist'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
