/**
 * The organiser PIN and the sessions it opens.
 *
 * The PIN keeps volunteers out of the organiser screens. It is set with the
 * event, by whoever creates it (`innsjekk init --pin`, the welcome screen's
 * form, the demo's stated PIN) or later on the machine itself (`innsjekk
 * pin`), never by unlocking: otherwise the first person at the door to type a
 * PIN would become the organiser. It is stored as a slow salted hash
 * (pin-hash.ts), and a session lapses when left idle, so a kiosk left open
 * at the door locks itself.
 *
 * Wrong guesses lock the PIN out for longer and longer, counted in the data
 * directory (so a restart changes nothing) and apart for callers on this
 * machine and from the network: guesses sent to the hub's port from the
 * venue's network never lock out the organiser at their own machine. Each
 * kiosk has its own count, as it has its own PIN and sessions; guesses at a
 * volunteer's kiosk lock that kiosk only. Setting a PIN (on the machine, or
 * from the organiser screens) clears both counts.
 */
import crypto from 'node:crypto';
import { NEW_PIN_PATTERN } from '../../shared/domain.js';
import { UserError } from '../../shared/i18n.js';
import type { Core, EventRecord, NewEvent } from './core.js';
import { pinMatches, pinRecordSync } from './pin-hash.js';
import { deleteMetaValueSync, metaValueSync, setMetaValueSync } from './store/meta-store.js';

const PIN_META_KEY = 'organiser_pin';
const SESSION_IDLE_MS = 15 * 60 * 1000;
/** Wrong guesses before the first lockout. */
const FREE_ATTEMPTS = 5;
/** The first lockout; each further wrong guess doubles it, up to the longest. */
const FIRST_LOCKOUT_MS = 30 * 1000;
const LONGEST_LOCKOUT_MS = 60 * 60 * 1000;

/** Where an unlock attempt comes from; each place has its own count of wrong guesses. */
export type CallerPlace = 'this-machine' | 'network';

const LOCKOUT_META_KEYS: Readonly<Record<CallerPlace, string>> = { 'this-machine': 'pin_lockout_this_machine', network: 'pin_lockout_network' };

/** Wrong guesses in a row from one place, and until when it may not guess again (ms since 1970). */
interface Lockout {
  readonly failures: number;
  readonly lockedUntil: number;
}

function lockoutSync(core: Core, place: CallerPlace): Lockout {
  const stored = metaValueSync(core, LOCKOUT_META_KEYS[place]);
  return stored === undefined ? { failures: 0, lockedUntil: 0 } : (JSON.parse(stored) as Lockout);
}

/** When a place may guess again after this many wrong guesses in a row. */
function lockedUntilAfter(failures: number, now: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return now + Math.min(FIRST_LOCKOUT_MS * 2 ** (failures - FREE_ATTEMPTS), LONGEST_LOCKOUT_MS);
}

/** The refusal while locked out: in seconds for the first lockouts, in minutes for the long ones. */
function lockedOut(lockedUntil: number, now: number): UserError {
  const seconds = Math.ceil((lockedUntil - now) / 1000);
  return seconds <= 120 ? new UserError('tooManyPinAttempts', { seconds }) : new UserError('tooManyPinAttemptsMinutes', { minutes: Math.ceil(seconds / 60) });
}

/** True when the kiosk has an organiser PIN. */
export function hasPinSync(core: Core): boolean {
  return metaValueSync(core, PIN_META_KEY) !== undefined;
}

/** Sets the organiser PIN, and clears the lockouts; refuses one that is not 6 to 12 digits. */
export function setPinSync(core: Core, pin: string): void {
  if (!NEW_PIN_PATTERN.test(pin)) throw new UserError('newPinFormat');
  const record = pinRecordSync(pin);
  core.transaction(() => {
    setMetaValueSync(core, PIN_META_KEY, record);
    for (const key of Object.values(LOCKOUT_META_KEYS)) deleteMetaValueSync(core, key);
  });
}

/** Creates the event together with its organiser PIN: both, or neither. */
export function createEventWithPinSync(core: Core, event: NewEvent, pin: string): EventRecord {
  return core.transaction(() => {
    const created = core.createEventSync(event);
    setPinSync(core, pin);
    return created;
  });
}

/** The organiser sessions of one running kiosk, in memory only; the lockouts are kept in the data directory. */
export class OrganiserSessions {
  private readonly sessions = new Map<string, number>();
  /** Attempts wait for each other, so that guesses sent at once still count one by one. */
  private attempts: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly core: Core,
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens a session with the PIN, unless the caller's place is locked out; on a kiosk without a PIN, says how to set one. */
  unlock(pin: string, place: CallerPlace): Promise<string> {
    const attempt = this.attempts.then(() => this.attempt(pin, place));
    this.attempts = attempt.catch(() => undefined);
    return attempt;
  }

  private async attempt(pin: string, place: CallerPlace): Promise<string> {
    const lockout = lockoutSync(this.core, place);
    if (this.now() < lockout.lockedUntil) throw lockedOut(lockout.lockedUntil, this.now());
    const stored = metaValueSync(this.core, PIN_META_KEY);
    if (stored === undefined) throw new UserError('noPinSet');
    const matches = await pinMatches(stored, pin);
    // The PIN changed, or went with the event, while it was checked: the guess is checked against what holds now.
    if (metaValueSync(this.core, PIN_META_KEY) !== stored) return this.attempt(pin, place);
    // Read again after the hash: another process on this data directory may have counted meanwhile.
    const counted = lockoutSync(this.core, place);
    const now = this.now();
    if (!matches) {
      const failures = counted.failures + 1;
      const lockedUntil = lockedUntilAfter(failures, now);
      setMetaValueSync(this.core, LOCKOUT_META_KEYS[place], JSON.stringify({ failures, lockedUntil } satisfies Lockout));
      throw lockedUntil > now ? lockedOut(lockedUntil, now) : new UserError('wrongPin');
    }
    deleteMetaValueSync(this.core, LOCKOUT_META_KEYS[place]);
    const session = crypto.randomBytes(24).toString('base64url');
    this.sessions.set(session, now);
    return session;
  }

  /**
   * Checks the PIN as an unlock does, the same lockouts counting, without
   * keeping a session: for one admission past the door's rules.
   */
  async confirm(pin: string, place: CallerPlace): Promise<void> {
    this.lock(await this.unlock(pin, place));
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

  /** Closes every session, as when the event and its PIN are gone. */
  lockAll(): void {
    this.sessions.clear();
  }
}
