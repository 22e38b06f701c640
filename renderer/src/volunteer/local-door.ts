/**
 * The door screen's copy of the list in this page's memory (never in
 * storage: it is personal data), kept fresh from the core, with the event's
 * public key in WebCrypto to check codes: a verdict and search results are on
 * screen within the keystroke, while the core records the scan.
 */
import type { Api, ScanResult } from '../../../shared/contract.js';
import { DoorReplica, type DoorHit } from '../../../shared/door-replica.js';
import { parseToken } from '../../../shared/token.js';

/** The event's public key for WebCrypto; null where the page has none (an insecure address, an old browser). */
async function importEventKey(publicKey: string): Promise<CryptoKey | null> {
  try {
    const raw = Uint8Array.from(atob(publicKey), (c) => c.charCodeAt(0));
    return await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return null;
  }
}

/** Search results, and how many match in all (null: more than are shown, how many is not known). */
export interface FoundHits {
  readonly hits: readonly DoorHit[];
  readonly total: number | null;
}

/** The copy of one event's door list, and its key. */
interface Held {
  readonly replica: DoorReplica;
  readonly key: CryptoKey | null;
}

/** The door list in memory, kept up to date by `refresh` while started. */
export class LocalDoor {
  private held: Held | null = null;
  private busy = false;
  /** A refresh came while a poll was under way: poll once more after it, so no change is missed. */
  private again = false;
  private stopped = true;

  constructor(private readonly api: Api) {}

  /** Reads the list, and takes in what `refresh` brings from now on. */
  start(): void {
    this.stopped = false;
    void this.poll();
  }

  /** Lets go of the list, and of any answer still on its way. */
  stop(): void {
    this.stopped = true;
    this.held = null;
  }

  /** Asks for changes: when the kiosk says the door changed, and at once after an undo. */
  refresh(): void {
    void this.poll();
  }

  /** The verdict the core will give for a scanned code, or null when this copy cannot tell; never fails. */
  async scanVerdict(code: string): Promise<ScanResult | null> {
    return this.decide(code, (replica, signatureValid) => replica.scanVerdict(code, new Date(), signatureValid));
  }

  /** The verdict the core will give for scanning a code out, or null when this copy cannot tell; never fails. */
  async exitVerdict(code: string): Promise<ScanResult | null> {
    return this.decide(code, (replica, signatureValid) => replica.exitScanVerdict(code, new Date(), signatureValid));
  }

  /** The verdict the core will give for checking in someone picked from the search, or null when this copy cannot tell. */
  pickVerdict(registrantId: string): ScanResult | null {
    return this.held?.replica.pickVerdict(registrantId, new Date()) ?? null;
  }

  /** The verdict the core will give for the exit of someone picked from the search, or null when this copy cannot tell. */
  exitPickVerdict(registrantId: string): ScanResult | null {
    return this.held?.replica.exitPickVerdict(registrantId, new Date()) ?? null;
  }

  /** The search results the core would give, and how many match in all; null before the list is here. */
  search(query: string, limit: number): FoundHits | null {
    const replica = this.held?.replica;
    if (!replica) return null;
    const hits = replica.search(query, limit);
    // Fewer than asked for are all there are: counting is only for a full page.
    return { hits, total: hits.length < limit ? hits.length : replica.count(query) };
  }

  /** Takes in the core's answer to a scan or a pick. */
  recordAnswer(result: ScanResult): void {
    this.held?.replica.recordAnswer(result);
  }

  /** The copy's verdict on a code, once a token's signature is checked against the event's key (undefined: not checked). */
  private async decide(code: string, verdict: (replica: DoorReplica, signatureValid: boolean | undefined) => ScanResult | null): Promise<ScanResult | null> {
    const held = this.held;
    if (!held) return null;
    const { replica, key } = held;
    const token = parseToken(code);
    let signatureValid: boolean | undefined;
    if (token && token.eventId === replica.eventId && key) {
      try {
        // Copies: WebCrypto takes bytes on an ArrayBuffer of their own.
        signatureValid = await crypto.subtle.verify({ name: 'Ed25519' }, key, new Uint8Array(token.signature), new Uint8Array(token.signedBytes));
      } catch {
        signatureValid = undefined;
      }
    }
    return verdict(replica, signatureValid);
  }

  /** Reads the list if it is missing or changed, else the arrivals since; one request at a time, failures wait for the next round. */
  private async poll(): Promise<void> {
    if (this.stopped) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    try {
      const held = this.held;
      if (held) {
        const since = held.replica.cursor;
        const changes = await this.api.doorChanges({ cursor: since });
        if (this.held !== held || held.replica.applyChanges(since, changes)) return;
      }
      const list = await this.api.doorList({});
      const key = held?.replica.eventId === list.eventId ? held.key : await importEventKey(list.publicKey);
      if (!this.stopped) this.held = { replica: new DoorReplica(list), key };
    } catch {
      // The core is out of reach for now: the copy stays as it was, and scans wait for the core as before.
    } finally {
      this.busy = false;
      if (this.again) {
        this.again = false;
        void this.poll();
      }
    }
  }
}
