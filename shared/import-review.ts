/**
 * What an import asks the organiser to look at before it changes the list:
 * the cancellations it would make (and whether they need the organiser's
 * explicit word), shared and invalid email addresses, and more confirmed
 * than the room holds. One rule for the screens' wizard, `innsjekk import`
 * and the list followed from the registration system.
 */
import type { RegistrantStatus } from './domain.js';

/** A list may cancel this many people, or this share of those still coming, without the organiser confirming it. */
export const SMALL_CANCELLATION = { count: 10, share: 0.25 } as const;

/** What an import would cancel. */
export interface Cancellation {
  /** People the import would cancel for being absent from the list. */
  readonly count: number;
  /** Those of them who have already arrived: their arrival stays, but cancelling them is never done unasked. */
  readonly arrived: number;
  /** Registrants not cancelled before the import. */
  readonly active: number;
}

/**
 * True when the organiser must confirm the cancellations by their number:
 * more than a small share of the list, or anyone who has arrived.
 */
export function cancellationNeedsConfirmation({ count, arrived, active }: Cancellation): boolean {
  return arrived > 0 || count > Math.max(SMALL_CANCELLATION.count, active * SMALL_CANCELLATION.share);
}

/**
 * True when an import's cancellations may go ahead: they need no
 * confirmation, or the organiser confirmed at least as many (`allowed`).
 */
export function cancellationAllowed(cancellation: Cancellation, allowed: number): boolean {
  return !cancellationNeedsConfirmation(cancellation) || cancellation.count <= allowed;
}

/** A row of the list as the review reads it. */
export interface ReviewedRow {
  readonly rowNumber: number;
  readonly name: string;
  readonly email: string | null;
  readonly status: RegistrantStatus;
}

/** What the review flags in a list before it is imported. */
export interface ImportFlags {
  /** Addresses given for more than one person, with their names: each gets the other's emails. */
  readonly sharedEmails: readonly { readonly email: string; readonly names: readonly string[] }[];
  /** Addresses no email can reach, by row. */
  readonly invalidEmails: readonly { readonly row: number; readonly name: string; readonly email: string }[];
  /** More confirmed than the event's capacity; null when they fit or there is no capacity. */
  readonly overCapacity: { readonly confirmed: number; readonly capacity: number } | null;
}

/** One @, something before it, and a domain with a dot and no spaces: what an address needs to reach anyone. */
const PLAUSIBLE_EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** True when the text can be an email address. */
export function isPlausibleEmail(email: string): boolean {
  return PLAUSIBLE_EMAIL.test(email);
}

/** Flags shared and invalid email addresses and more confirmed than `capacity` among the rows to import. */
export function reviewImport(rows: readonly ReviewedRow[], capacity: number | null): ImportFlags {
  const byEmail = new Map<string, string[]>();
  const invalidEmails: { row: number; name: string; email: string }[] = [];
  let confirmed = 0;
  for (const row of rows) {
    if (row.status === 'confirmed') confirmed++;
    if (row.email === null) continue;
    if (!isPlausibleEmail(row.email)) invalidEmails.push({ row: row.rowNumber, name: row.name, email: row.email });
    const names = byEmail.get(row.email) ?? [];
    names.push(row.name);
    byEmail.set(row.email, names);
  }
  const sharedEmails = [...byEmail].filter(([, names]) => names.length > 1).map(([email, names]) => ({ email, names }));
  return {
    sharedEmails,
    invalidEmails,
    overCapacity: capacity !== null && confirmed > capacity ? { confirmed, capacity } : null,
  };
}
