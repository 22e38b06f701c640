/**
 * Telling a USB handheld scanner (a "keyboard wedge") apart from a person
 * typing: the scanner sends a whole code as a burst of keystrokes ending in
 * Enter, faster than anyone types.
 *
 * Pure: fed the keydown events' fields, it says what to do with each key, so
 * it is tested without a DOM.
 */
import { parseToken } from '../../../shared/token.js';

/** The fields of a keydown event the wedge reads. */
export interface WedgeKey {
  readonly key: string;
  readonly code: string;
  readonly shiftKey: boolean;
  /** Milliseconds, as the event's timeStamp. */
  readonly timeStamp: number;
}

/**
 * What to do with a key: let it through, hold it back from the page because
 * it may be inside a scan, or take the finished scan. A key let through may be
 * where a scan begins (`mark` is then its place in the burst): the caller
 * remembers what the focused field held before it, and puts that back if the
 * scan turns out to begin there (`from`). Keys held back that were typed after
 * all come back as `release`, for the focused field, before the key itself.
 */
export type WedgeAction =
  | { readonly kind: 'pass'; readonly mark: number | null; readonly release?: string }
  | { readonly kind: 'swallow' }
  | { readonly kind: 'scan'; readonly text: string; readonly from: number };

/** Keys this close together may be a scanner; people rarely type four keys 50 ms apart. */
export const START_GAP_MS = 50;
/** This many keys in a row, each within START_GAP_MS, make a burst a scan; the keys before reach the page. */
export const BURST_KEYS = 4;
/**
 * A scanner never pauses this long inside a code, even on a busy machine: a
 * scan in progress is broken off, and a registration number begins afresh.
 * Before a burst is a scan its keys are let through and may come slowly while
 * the page handles them, so a token is sought from every pause in the burst.
 */
export const PAUSE_MS = 1000;
/**
 * Keys held back as a possible scan are given back to the page after this
 * long without a key: a scanner sends a code's keys closer together and ends
 * it with Enter; a fast typist pauses. (The caller's timer gives them back; a
 * key after the pause does too.)
 */
export const HOLD_MS = 150;
/** A burst longer than this, all let through, is someone typing at length: start afresh. */
export const MAX_BURST_KEYS = 512;

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Fn']);

/** What each physical key types on a US keyboard, unshifted and shifted: a scanner set up as one sends these keys. */
const US_LAYOUT: Readonly<Record<string, readonly [string, string]>> = {
  ...Object.fromEntries(Array.from('abcdefghijklmnopqrstuvwxyz', (c) => [`Key${c.toUpperCase()}`, [c, c.toUpperCase()]])),
  ...Object.fromEntries(Array.from(')!@#$%^&*(', (shifted, digit) => [`Digit${digit}`, [String(digit), shifted]])),
  ...Object.fromEntries(Array.from('0123456789', (digit) => [`Numpad${digit}`, [digit, digit]])),
  Minus: ['-', '_'],
  Equal: ['=', '+'],
  BracketLeft: ['[', '{'],
  BracketRight: [']', '}'],
  Backslash: ['\\', '|'],
  Semicolon: [';', ':'],
  Quote: ["'", '"'],
  Backquote: ['`', '~'],
  Comma: [',', '<'],
  Period: ['.', '>'],
  Slash: ['/', '?'],
  Space: [' ', ' '],
  NumpadAdd: ['+', '+'],
  NumpadSubtract: ['-', '-'],
  NumpadMultiply: ['*', '*'],
  NumpadDivide: ['/', '/'],
  NumpadDecimal: ['.', '.'],
};

/** The character a key types on the US layout; the key's own character when the layout lacks the key. */
export function usCharacter(key: WedgeKey): string {
  const pair = US_LAYOUT[key.code];
  if (pair) return pair[key.shiftKey ? 1 : 0];
  return key.key.length === 1 ? key.key : '';
}

function isEnter(key: WedgeKey): boolean {
  return key.key === 'Enter' || key.code === 'Enter' || key.code === 'NumpadEnter';
}

/** A key that types something: one character, or a dead key that a US scanner on another layout may hit. */
function isTyping(key: WedgeKey): boolean {
  return key.key.length === 1 || key.key === 'Dead';
}

/** A key in the current burst: what it typed, and what it would type on a US layout. */
interface BurstKey {
  readonly key: string;
  readonly us: string;
}

function textOf(keys: readonly BurstKey[], from: number, reading: 'key' | 'us'): string {
  let text = '';
  for (let i = from; i < keys.length; i++) text += keys[i]![reading];
  return text;
}

/** Whether a text is a code the screen scans for; the volunteer screen's are check-in tokens. */
export type AcceptScan = (text: string) => boolean;

/** Accepts check-in tokens. */
export const isToken: AcceptScan = (text) => parseToken(text) !== null;

/**
 * The accepted code the burst ends with, if any. A person may have typed just
 * before the scan, so it may begin after a pause in the burst: the longest
 * text from the burst's start or a pause that is an accepted code wins, as
 * the keys typed it or, failing that, as a US layout would (a US-configured
 * scanner on a Norwegian layout).
 */
function codeOf(keys: readonly BurstKey[], starts: readonly number[], accept: AcceptScan): { text: string; from: number } | null {
  for (const from of starts) {
    for (const reading of ['key', 'us'] as const) {
      const text = textOf(keys, from, reading);
      if (accept(text)) return { text, from };
    }
  }
  return null;
}

/** The scanned text: an accepted code, or else perhaps a registration number, the keys as typed since the last long pause. */
function scanOf(keys: readonly BurstKey[], starts: readonly number[], refStart: number, accept: AcceptScan): { text: string; from: number } {
  return codeOf(keys, starts, accept) ?? { text: textOf(keys, refStart, 'key'), from: refStart };
}

/** The state machine: feed it every keydown, in order. */
export class KeyboardWedge {
  private keys: BurstKey[] = [];
  /** Where a scan may begin: the burst's first key, and each key after a pause, until the burst is a scan. */
  private starts: number[] = [];
  /** Where a registration number may begin: after the last long pause. */
  private refStart = 0;
  private fastRun = 0;
  private lastAt = Number.NEGATIVE_INFINITY;
  /** Whether the burst is fast enough for a scan: its keys from `heldFrom` on are held back. */
  private isScan = false;
  private heldFrom = 0;
  /** Keys of this burst were held back, then given back: a code may still end it, if slowed down on a busy machine. */
  private wasHeld = false;

  /** `accept` tells the codes this screen scans for (by default check-in tokens) from what the keys merely typed. */
  constructor(private readonly accept: AcceptScan = isToken) {}

  /** What to do with this key. */
  feed(key: WedgeKey): WedgeAction {
    if (MODIFIERS.has(key.key)) return { kind: 'pass', mark: null };
    const gap = key.timeStamp - this.lastAt;
    const inBurst = this.keys.length > 0 && (!this.isScan || gap <= PAUSE_MS);
    if (isEnter(key)) {
      const action = this.enterAction(inBurst && this.isScan, gap);
      this.reset();
      return action;
    }
    if (!isTyping(key)) {
      // Tab, Backspace, an arrow: the keys held back were typed, and come first.
      const release = this.release();
      this.reset();
      return passing(null, release);
    }
    const release = gap > HOLD_MS ? this.release() : '';
    if (!inBurst || this.keys.length >= MAX_BURST_KEYS) this.reset();
    this.keys.push({ key: key.key === 'Dead' ? '' : key.key, us: usCharacter(key) });
    this.lastAt = key.timeStamp;
    if (this.isScan) return { kind: 'swallow' };
    const index = this.keys.length - 1;
    const paused = index === 0 || gap > START_GAP_MS;
    if (gap > PAUSE_MS) this.refStart = index;
    this.fastRun = paused ? 1 : this.fastRun + 1;
    if (paused) this.starts.push(index);
    if (this.fastRun >= BURST_KEYS) {
      this.isScan = true;
      this.heldFrom = index;
      // Never after a release: that key follows a pause, so it starts a new fast run.
      return { kind: 'swallow' };
    }
    return passing(paused ? index : null, release);
  }

  /**
   * Gives back the keys held back, as typed text, for the focused field: the
   * burst paused for HOLD_MS without ending in Enter, so a person typed them.
   * Empty when none are held. The burst goes on: a code may still end it.
   */
  release(): string {
    if (!this.isScan) return '';
    const text = textOf(this.keys, this.heldFrom, 'key');
    this.isScan = false;
    this.wasHeld = true;
    this.fastRun = 0;
    return text;
  }

  /**
   * Enter ends a scan when the burst was fast enough for one, or when keys
   * held back and given back after a pause (a busy machine) end in a code;
   * else it is a person's Enter, picking a search result.
   */
  private enterAction(isScan: boolean, gap: number): WedgeAction {
    if (isScan) return { kind: 'scan', ...scanOf(this.keys, this.starts, this.refStart, this.accept) };
    const code = this.wasHeld && gap <= PAUSE_MS ? codeOf(this.keys, this.starts, this.accept) : null;
    return code ? { kind: 'scan', ...code } : { kind: 'pass', mark: null };
  }

  private reset(): void {
    this.keys = [];
    this.starts = [];
    this.refStart = 0;
    this.fastRun = 0;
    this.lastAt = Number.NEGATIVE_INFINITY;
    this.isScan = false;
    this.heldFrom = 0;
    this.wasHeld = false;
  }
}

/** Lets a key through, with the keys held back given back first when there are any. */
function passing(mark: number | null, release: string): WedgeAction {
  return release === '' ? { kind: 'pass', mark } : { kind: 'pass', mark, release };
}
