/**
 * Domain types shared by the core, the HTTP server and the screens.
 */

/** Where a registrant stands in the registration system. */
export const REGISTRANT_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrantStatus = (typeof REGISTRANT_STATUSES)[number];

/** What a kiosk tells the volunteer after a scan. */
export const VERDICTS = ['welcome', 'already', 'waitlisted', 'cancelled', 'invalid', 'wrong_event'] as const;
export type Verdict = (typeof VERDICTS)[number];

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
] as const;
export type RegistrantField = (typeof REGISTRANT_FIELDS)[number];

/** A registrant as stored, after import. */
export interface Registrant {
  readonly id: string;
  readonly ref: string | null;
  readonly barcode: string | null;
  readonly name: string;
  readonly email: string | null;
  readonly organisation: string | null;
  readonly role: string | null;
  readonly status: RegistrantStatus;
  readonly dietary: string | null;
  readonly code: string;
}
