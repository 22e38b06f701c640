/**
 * The door screen's own copy of the list (the core's doorList, then its
 * doorChanges and the core's answers to scans), held in memory only: enough
 * to show a verdict or search results within the keystroke, while the core
 * records the scan and has the last word.
 *
 * Its verdicts follow the core's rules (electron/core/checkin.ts and
 * electron/core/door-day/), through the same pure pieces (shared/door-day.ts):
 * capacity, exits and re-entries, the queue at the door, notes. Where the copy cannot be sure — a token it cannot
 * check, a registrant it does not hold, a code two registrants share — it
 * says nothing, and the screen waits for the core: a forged or unknown code
 * is never welcomed, not even for a moment.
 */
import { REPEAT_WINDOW_MS, refOfCode } from './admission.js';
import type { DoorArrival, DoorChanges, DoorList, DoorState, ScanResult, WaitingAtDoor } from './contract.js';
import type { RegistrantStatus, Verdict } from './domain.js';
import { entranceVerdict, exitVerdict } from './door-day.js';
import { compareByName, RegistrantIndex } from './registrant-search.js';
import { parseToken } from './token.js';

/** A registrant as the door list gives them. */
export type { DoorRegistrant } from './contract.js';
type DoorRegistrant = DoorList['registrants'][number];

/** A search result at the door: no email, and the arrival time if any. */
export interface DoorHit {
  readonly id: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly status: RegistrantStatus;
  readonly arrivedAt: string | null;
}

/** An arrival whose kiosk id is not known: an "already" answer names only the kiosk. */
const UNKNOWN_KIOSK_ID = '';

/** The registrants by ref and by barcode, as a scan of either finds them; null where two registrants share a code. */
function indexByCode(registrants: readonly DoorRegistrant[]): Map<string, DoorRegistrant | null> {
  const byCode = new Map<string, DoorRegistrant | null>();
  for (const registrant of registrants) {
    for (const code of [registrant.ref, registrant.barcode]) {
      if (code === null) continue;
      const held = byCode.get(code);
      // Which of two the core's lookup would find is not defined: leave it to the core.
      if (held === undefined) byCode.set(code, registrant);
      else if (held !== null && held.id !== registrant.id) byCode.set(code, null);
    }
  }
  return byCode;
}

/** One door list, kept up to date with changes and the core's answers. */
export class DoorReplica {
  readonly eventId: string;
  readonly listRevision: number;
  private readonly kioskId: string;
  private readonly kioskName: string;
  private index: RegistrantIndex<DoorRegistrant>;
  private readonly byId: Map<string, DoorRegistrant>;
  private byCode: ReadonlyMap<string, DoorRegistrant | null>;
  private readonly arrivals = new Map<string, DoorArrival>();
  private position: number;
  private doorNow: DoorState;
  private queue: WaitingAtDoor[];

  constructor(list: DoorList) {
    this.eventId = list.eventId;
    this.listRevision = list.listRevision;
    this.kioskId = list.kioskId;
    this.kioskName = list.kioskName;
    // The core sends the registrants in the index's order.
    this.index = new RegistrantIndex(list.registrants);
    this.byId = new Map(list.registrants.map((r) => [r.id, r]));
    this.byCode = indexByCode(list.registrants);
    for (const { registrantId, ...arrival } of list.arrivals) this.arrivals.set(registrantId, arrival);
    this.position = list.cursor;
    this.doorNow = list.door;
    this.queue = [...list.waiting];
  }

  /** How many are inside against the capacity, and the waitlist's release, as this copy knows them. */
  get door(): DoorState {
    return this.doorNow;
  }

  /** The queue at the door, next first. */
  get waiting(): readonly WaitingAtDoor[] {
    return this.queue;
  }

  /** A registrant this copy holds, with their note; undefined when it does not hold them. */
  registrant(registrantId: string): DoorRegistrant | undefined {
    return this.byId.get(registrantId);
  }

  /** Where in the core's log this copy stands: the cursor to ask doorChanges from. */
  get cursor(): number {
    return this.position;
  }

  /**
   * Takes in the arrivals that changed since `since` (skipped when this copy
   * has moved past it meanwhile); false when the list itself has changed, so
   * a fresh door list must replace this copy.
   */
  applyChanges(since: number, changes: DoorChanges): boolean {
    if (since === this.position) {
      for (const { registrantId, arrival } of changes.arrivals) {
        if (arrival) this.arrivals.set(registrantId, arrival);
        else this.arrivals.delete(registrantId);
      }
      if (changes.registrants.length > 0) this.takeRegistrants(changes.registrants);
      this.doorNow = changes.door;
      this.queue = [...changes.waiting];
      this.position = changes.cursor;
    }
    return changes.listRevision === this.listRevision;
  }

  /** Takes in walk-ins and changed notes: the search's index is made again, as a walk-in is rare. */
  private takeRegistrants(registrants: readonly DoorRegistrant[]): void {
    for (const r of registrants) this.byId.set(r.id, r);
    const all = [...this.byId.values()].sort(compareByName);
    this.index = new RegistrantIndex(all);
    this.byCode = indexByCode(all);
  }

  /** Takes in what the core answered to a scan or a pick: its word on who has arrived. */
  recordAnswer(result: ScanResult): void {
    if (result.door) this.doorNow = result.door;
    const id = result.registrant?.id;
    if (id === undefined || !this.byId.has(id)) return;
    const held = this.arrivals.get(id);
    const entered = result.verdict === 'welcome' || result.verdict === 'welcome_back' || result.verdict === 'admitted_from_waitlist';
    if (entered && !held) {
      this.arrivals.set(id, { at: result.at, kioskId: this.kioskId, kioskName: result.kiosk, inside: true });
    } else if (entered || result.verdict === 'goodbye' || result.verdict === 'not_inside') {
      if (held) this.arrivals.set(id, { ...held, inside: entered });
    } else if (result.verdict === 'already' && result.firstArrival) {
      const { at, kiosk } = result.firstArrival;
      if (held?.at !== at || held.kioskName !== kiosk) this.arrivals.set(id, { at, kioskId: UNKNOWN_KIOSK_ID, kioskName: kiosk, inside: true });
    }
    if (entered) this.queue = this.queue.filter((w) => w.registrantId !== id);
    if (result.verdict === 'waitlisted' && result.queue && !this.queue.some((w) => w.registrantId === id)) this.queue.push({ registrantId: id, since: result.queue.since });
  }

  /**
   * The verdict the core will give for a scanned code, or null when this copy
   * cannot tell. `signatureValid` says whether a token's signature checked out
   * against the event's key (undefined: not checked, e.g. no key to check with).
   */
  scanVerdict(code: string, now: Date, signatureValid: boolean | undefined): ScanResult | null {
    const token = parseToken(code);
    if (token) {
      if (token.eventId !== this.eventId) return this.refusal('wrong_event', now);
      if (signatureValid === undefined) return null;
      if (!signatureValid) return this.refusal('invalid', now);
      // A genuine code for someone not on this copy: the list has grown since it was read.
      return this.pickVerdict(token.registrantId, now);
    }
    const ref = refOfCode(code);
    if (ref === null) return this.refusal('invalid', now);
    const found = this.byCode.get(ref);
    if (found === undefined) return this.refusal('invalid', now);
    return found && this.admission(found, now);
  }

  /** The verdict the core will give for checking in a registrant picked from the search, or null when this copy does not hold them. */
  pickVerdict(registrantId: string, now: Date): ScanResult | null {
    const registrant = this.byId.get(registrantId);
    return registrant ? this.admission(registrant, now) : null;
  }

  /** The verdict the core will give for an exit by the scanned code, or null when this copy cannot tell. */
  exitScanVerdict(code: string, now: Date, signatureValid: boolean | undefined): ScanResult | null {
    const token = parseToken(code);
    if (token) {
      if (token.eventId !== this.eventId) return this.refusal('wrong_event', now);
      if (signatureValid === undefined) return null;
      if (!signatureValid) return this.refusal('invalid', now);
      return this.exitPickVerdict(token.registrantId, now);
    }
    const ref = refOfCode(code);
    if (ref === null) return this.refusal('invalid', now);
    const found = this.byCode.get(ref);
    if (found === undefined) return this.refusal('invalid', now);
    return found && this.exit(found, now);
  }

  /** The verdict the core will give for the exit of a registrant picked from the search, or null when this copy does not hold them. */
  exitPickVerdict(registrantId: string, now: Date): ScanResult | null {
    const registrant = this.byId.get(registrantId);
    return registrant ? this.exit(registrant, now) : null;
  }

  /** How many registrants the query finds in all. */
  count(query: string): number {
    return this.index.count(query);
  }

  /** The search results the core would give for the query. */
  search(query: string, limit: number): DoorHit[] {
    return this.index.search(query, limit).map(({ id, name, organisation, status }) => ({
      id,
      name,
      organisation,
      status,
      arrivedAt: this.arrivals.get(id)?.at ?? null,
    }));
  }

  private refusal(verdict: Extract<Verdict, 'invalid' | 'wrong_event'>, now: Date): ScanResult {
    return { verdict, registrant: null, at: now.toISOString(), kiosk: this.kioskName };
  }

  private base(registrant: DoorRegistrant, now: Date): Pick<ScanResult, 'registrant' | 'at' | 'kiosk' | 'note'> {
    const { id, name, organisation, status, note } = registrant;
    return { registrant: { id, name, organisation, status }, at: now.toISOString(), kiosk: this.kioskName, ...(note && { note }) };
  }

  private admission(registrant: DoorRegistrant, now: Date): ScanResult {
    const arrival = this.arrivals.get(registrant.id);
    const inside = arrival?.inside === true;
    // The core's window is its latest event for them; an admission it still holds as the arrival is the one a repeat may repeat.
    const repeatsOwnAdmission =
      inside &&
      arrival.kioskId === this.kioskId &&
      arrival.kioskName === this.kioskName &&
      now.getTime() - Date.parse(arrival.at) < REPEAT_WINDOW_MS;
    const verdict = entranceVerdict({ status: registrant.status, arrived: arrival !== undefined, inside, repeatsOwnAdmission, door: this.doorNow });
    const base = this.base(registrant, now);
    const firstArrival = arrival && verdict !== 'welcome' && verdict !== 'welcome_back' ? { firstArrival: { at: arrival.at, kiosk: arrival.kioskName } } : {};
    if (verdict === 'waitlisted') {
      const index = this.queue.findIndex((w) => w.registrantId === registrant.id);
      const queue = index < 0 ? { position: this.queue.length + 1, since: base.at } : { position: index + 1, since: this.queue[index]!.since };
      return { verdict, ...base, ...firstArrival, queue };
    }
    return { verdict, ...base, ...firstArrival };
  }

  private exit(registrant: DoorRegistrant, now: Date): ScanResult {
    return { verdict: exitVerdict(this.arrivals.get(registrant.id)?.inside === true), ...this.base(registrant, now) };
  }
}
