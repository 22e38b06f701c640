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
 * What to do with a key: let it through, keep it from the page because it is
 * inside a scan, or take the finished scan. A key let through may be where a
 * scan begins (`mark` is then its place in the burst): the caller remembers
 * what the focused field held before it, and puts that back if the scan turns
 * out to begin there (`from`).
 */
export type WedgeAction =
  | { readonly kind: 'pass'; readonly mark: number | null }
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
 * The scanned text. A person may have typed just before the scan, so it may
 * begin after a pause in the burst: the longest text from the burst's start
 * or a pause that is an accepted code wins, as the keys typed it or, failing
 * that, as a US layout would (a US-configured scanner on a Norwegian layout).
 * Without one it may be a registration number: the keys as typed since
 * the last long pause.
 */
function scanOf(keys: readonly BurstKey[], starts: readonly number[], refStart: number, accept: AcceptScan): { text: string; from: number } {
  for (const from of starts) {
    for (const reading of ['key', 'us'] as const) {
      const text = textOf(keys, from, reading);
      if (accept(text)) return { text, from };
    }
  }
  return { text: textOf(keys, refStart, 'key'), from: refStart };
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
  private isScan = false;

  /** `accept` tells the codes this screen scans for (by default check-in tokens) from what the keys merely typed. */
  constructor(private readonly accept: AcceptScan = isToken) {}

  /** What to do with this key. */
  feed(key: WedgeKey): WedgeAction {
    if (MODIFIERS.has(key.key)) return { kind: 'pass', mark: null };
    const gap = key.timeStamp - this.lastAt;
    const inBurst = this.keys.length > 0 && (!this.isScan || gap <= PAUSE_MS);
    if (isEnter(key)) {
      const action: WedgeAction =
        inBurst && this.isScan ? { kind: 'scan', ...scanOf(this.keys, this.starts, this.refStart, this.accept) } : { kind: 'pass', mark: null };
      this.reset();
      return action;
    }
    if (!isTyping(key)) {
      this.reset();
      return { kind: 'pass', mark: null };
    }
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
      return { kind: 'swallow' };
    }
    return { kind: 'pass', mark: paused ? index : null };
  }

  private reset(): void {
    this.keys = [];
    this.starts = [];
    this.refStart = 0;
    this.fastRun = 0;
    this.lastAt = Number.NEGATIVE_INFINITY;
    this.isScan = false;
  }
}
