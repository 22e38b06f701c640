/**
 * The organiser PIN and the sessions it opens.
 *
 * The PIN keeps volunteers out of the organiser screens. It is set with the
 * event, by whoever creates it (`innsjekk init --pin`, the welcome screen's
 * form, the demo's stated PIN) or later on the machine itself (`innsjekk
 * pin`), never by unlocking: otherwise the first person at the door to type a
 * PIN would become the organiser. It is stored as a slow salted hash
 * (pin-hash.ts), wrong guesses slow down, and a session lapses when left
 * idle, so a kiosk left open at the door locks itself.
 */
import crypto from 'node:crypto';
import { NEW_PIN_PATTERN } from '../../shared/domain.js';
import { UserError } from '../../shared/i18n.js';
import type { Core, EventRecord, NewEvent } from './core.js';
import { pinMatches, pinRecordSync } from './pin-hash.js';

const PIN_META_KEY = 'organiser_pin';
const SESSION_IDLE_MS = 15 * 60 * 1000;
const FREE_ATTEMPTS = 5;
const LOCKOUT_MS = 30 * 1000;

/** True when the kiosk has an organiser PIN. */
export function hasPinSync(core: Core): boolean {
  return core.metaSync(PIN_META_KEY) !== undefined;
}

/** Sets the organiser PIN; refuses one that is not 6 to 12 digits. */
export function setPinSync(core: Core, pin: string): void {
  if (!NEW_PIN_PATTERN.test(pin)) throw new UserError('newPinFormat');
  core.setMetaSync(PIN_META_KEY, pinRecordSync(pin));
}

/** Creates the event together with its organiser PIN: both, or neither. */
export function createEventWithPinSync(core: Core, event: NewEvent, pin: string): EventRecord {
  return core.db.transaction(() => {
    const created = core.createEventSync(event);
    setPinSync(core, pin);
    return created;
  })();
}

/** The organiser sessions of one running kiosk, in memory only. */
export class OrganiserSessions {
  private readonly sessions = new Map<string, number>();
  private failures = 0;
  private lockedUntil = 0;
  /** Attempts wait for each other, so that guesses sent at once still count one by one. */
  private attempts: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly core: Core,
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens a session with the PIN; on a kiosk without a PIN, says how to set one. */
  unlock(pin: string): Promise<string> {
    const attempt = this.attempts.then(() => this.attempt(pin));
    this.attempts = attempt.catch(() => undefined);
    return attempt;
  }

  private async attempt(pin: string): Promise<string> {
    const now = this.now();
    if (now < this.lockedUntil) throw new UserError('tooManyPinAttempts', { seconds: Math.ceil((this.lockedUntil - now) / 1000) });
    const stored = this.core.metaSync(PIN_META_KEY);
    if (stored === undefined) throw new UserError('noPinSet');
    if (!(await pinMatches(stored, pin))) {
      this.failures++;
      if (this.failures >= FREE_ATTEMPTS) {
        this.failures = 0;
        this.lockedUntil = now + LOCKOUT_MS;
        throw new UserError('tooManyPinAttempts', { seconds: LOCKOUT_MS / 1000 });
      }
      throw new UserError('wrongPin');
    }
    this.failures = 0;
    const session = crypto.randomBytes(24).toString('base64url');
    this.sessions.set(session, now);
    return session;
  }

  /** True when the session is open; using it keeps it open. */
  touch(session: string | undefined): boolean {
    if (!session) return false;
    const lastUsed = this.sessions.get(session);
    const now = this.now();
    if (lastUsed === undefined || now - lastUsed > SESSION_IDLE_MS) {
      this.sessions.delete(session);
      return false;
    }
    this.sessions.set(session, now);
    return true;
  }

  /** Closes a session. */
  lock(session: string | undefined): void {
    if (session) this.sessions.delete(session);
  }
}
