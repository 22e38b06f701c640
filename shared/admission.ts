/**
 * The rules that turn an identified registrant into a verdict at the door,
 * the same for the core that records the scan and for the door screen that
 * shows it before the core has answered.
 */
import type { RegistrantStatus, Verdict } from './domain.js';

/** A handheld scanner may send the same code twice; within this window it counts once. */
export const REPEAT_WINDOW_MS = 3000;
/** Registration systems' own numbers are short; anything longer is not one. */
export const MAX_REF_LENGTH = 100;

/** The verdicts for someone the scan identified. */
export type AdmissionVerdict = Extract<Verdict, 'welcome' | 'already' | 'waitlisted' | 'cancelled'>;

/** Where the registrant stands when scanned. */
export interface AdmissionFacts {
  readonly status: RegistrantStatus;
  readonly arrived: boolean;
  /** This kiosk admitted them less than REPEAT_WINDOW_MS ago: the scan repeats that admission. */
  readonly repeatsOwnAdmission: boolean;
}

/**
 * An arrival is "already" unless this kiosk's own admission a moment ago is
 * repeated; someone not arrived is welcome only when confirmed.
 */
export function admissionVerdict({ status, arrived, repeatsOwnAdmission }: AdmissionFacts): AdmissionVerdict {
  if (arrived) return repeatsOwnAdmission ? 'welcome' : 'already';
  return status === 'confirmed' ? 'welcome' : status;
}

/** The text of a scan that is not a token, as a registration number or barcode; null when it cannot be one. */
export function refOfCode(code: string): string | null {
  const ref = code.trim();
  return ref.length === 0 || ref.length > MAX_REF_LENGTH ? null : ref;
}
