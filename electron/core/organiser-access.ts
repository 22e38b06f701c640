/**
 * The organiser PIN and the sessions it opens.
 *
 * The PIN keeps volunteers out of the organiser screens; it is stored as a
 * salted scrypt hash, wrong guesses slow down, and a session lapses when left
 * idle, so a kiosk left open at the door locks itself.
 */
import crypto from 'node:crypto';
import { UserError } from '../../shared/i18n.js';
import type { Core } from './core.js';
import { metaValueSync, setMetaValueSync } from './store/meta-store.js';

const PIN_META_KEY = 'organiser_pin';
const SESSION_IDLE_MS = 15 * 60 * 1000;
const FREE_ATTEMPTS = 5;
const LOCKOUT_MS = 30 * 1000;

function hashPin(pin: string, salt: Buffer): Buffer {
  return crypto.scryptSync(pin, salt, 32);
}

/** True when the kiosk has an organiser PIN. */
export function hasPinSync(core: Core): boolean {
  return metaValueSync(core, PIN_META_KEY) !== undefined;
}

/** Sets the organiser PIN. */
export function setPinSync(core: Core, pin: string): void {
  const salt = crypto.randomBytes(16);
  setMetaValueSync(core, PIN_META_KEY, `scrypt:${salt.toString('base64')}:${hashPin(pin, salt).toString('base64')}`);
}

function pinMatchesSync(core: Core, pin: string): boolean {
  const [, salt, hash] = (metaValueSync(core, PIN_META_KEY) ?? '').split(':');
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = hashPin(pin, Buffer.from(salt, 'base64'));
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

/** The organiser sessions of one running kiosk, in memory only. */
export class OrganiserSessions {
  private readonly sessions = new Map<string, number>();
  private failures = 0;
  private lockedUntil = 0;

  constructor(
    private readonly core: Core,
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens a session with the PIN; the first unlock on a kiosk without a PIN sets it. */
  unlockSync(pin: string): string {
    const now = this.now();
    if (now < this.lockedUntil) throw new UserError('tooManyPinAttempts', { seconds: Math.ceil((this.lockedUntil - now) / 1000) });
    if (!hasPinSync(this.core)) {
      setPinSync(this.core, pin);
    } else if (!pinMatchesSync(this.core, pin)) {
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
