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
 * What to do with a key: let it through (`startsBurst` when it may be a
 * scan's first key, so the caller remembers what the focused field held), keep
 * it from the page because it is inside a scan, or take the finished scan.
 */
export type WedgeAction =
  | { readonly kind: 'pass'; readonly startsBurst: boolean }
  | { readonly kind: 'swallow' }
  | { readonly kind: 'scan'; readonly text: string };

/** Keys this close together may be a scanner; people rarely type four keys 50 ms apart. */
export const START_GAP_MS = 50;
/** This many fast keys make a burst a scan; the keys before it reach the page. */
export const BURST_KEYS = 4;
/** Once a burst is a scan, a busy machine may delay a key this long without breaking it. */
export const CONTINUE_GAP_MS = 250;

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

/**
 * The scanned text: as the keys said, unless only the US reading is a check-in
 * token (a US scanner on a Norwegian keyboard layout). Neither being a token,
 * it may be a registration number, typed as the keys said.
 */
export function chooseScanText(keyText: string, usText: string): string {
  if (parseToken(keyText) || !parseToken(usText)) return keyText;
  return usText;
}

function isEnter(key: WedgeKey): boolean {
  return key.key === 'Enter' || key.code === 'Enter' || key.code === 'NumpadEnter';
}

/** A key that types something: one character, or a dead key that a US scanner on another layout may hit. */
function isTyping(key: WedgeKey): boolean {
  return key.key.length === 1 || key.key === 'Dead';
}

/** The state machine: feed it every keydown, in order. */
export class KeyboardWedge {
  private keyText = '';
  private usText = '';
  private count = 0;
  private lastAt = Number.NEGATIVE_INFINITY;
  private isScan = false;

  /** What to do with this key. */
  feed(key: WedgeKey): WedgeAction {
    if (MODIFIERS.has(key.key)) return { kind: 'pass', startsBurst: false };
    const gap = key.timeStamp - this.lastAt;
    const inBurst = this.count > 0 && gap <= (this.isScan ? CONTINUE_GAP_MS : START_GAP_MS);
    if (isEnter(key)) {
      const action: WedgeAction = inBurst && this.isScan ? { kind: 'scan', text: chooseScanText(this.keyText, this.usText) } : { kind: 'pass', startsBurst: false };
      this.reset();
      return action;
    }
    if (!isTyping(key)) {
      this.reset();
      return { kind: 'pass', startsBurst: false };
    }
    if (!inBurst) this.reset();
    this.keyText += key.key === 'Dead' ? '' : key.key;
    this.usText += usCharacter(key);
    this.count++;
    this.lastAt = key.timeStamp;
    if (this.count >= BURST_KEYS) this.isScan = true;
    if (this.isScan) return { kind: 'swallow' };
    return { kind: 'pass', startsBurst: this.count === 1 };
  }

  private reset(): void {
    this.keyText = '';
    this.usText = '';
    this.count = 0;
    this.lastAt = Number.NEGATIVE_INFINITY;
    this.isScan = false;
  }
}
