import { describe, expect, it } from 'vitest';
import { formatToken, parseToken } from '../../shared/token.js';
import {
  BURST_KEYS,
  HOLD_MS,
  KeyboardWedge,
  PAUSE_MS,
  START_GAP_MS,
  usCharacter,
  type WedgeAction,
  type WedgeKey,
} from '../../renderer/src/common/keyboard-wedge.js';
import { REPEAT_WINDOW_MS } from '../../shared/admission.js';
import { RepeatFilter } from '../../renderer/src/volunteer/repeat-filter.js';
import { onNorwegianLayout, usScannerKeys as usKeys } from '../helpers/scanner-keys.js';

/** A well-formed token (signature unchecked here): 122 characters of base45 behind IJ:. */
const TOKEN = formatToken(new Uint8Array([1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0x65, 0x0, 0x0, 0x1]), new Uint8Array(64).fill(7));

function enter(timeStamp: number): WedgeKey {
  return { key: 'Enter', code: 'Enter', shiftKey: false, timeStamp };
}

function feedAll(wedge: KeyboardWedge, keys: readonly WedgeKey[]): WedgeAction[] {
  return keys.map((k) => wedge.feed(k));
}

/** Feeds the keys and an Enter right after; the Enter's action. */
function scanOf(wedge: KeyboardWedge, keys: readonly WedgeKey[], gap = 5): WedgeAction {
  feedAll(wedge, keys);
  return wedge.feed(enter(keys.at(-1)!.timeStamp + gap));
}

describe('the keyboard wedge', () => {
  it('takes a fast burst ending in Enter as a scan, and keeps all but its first keys from the page', () => {
    const wedge = new KeyboardWedge();
    const keys = usKeys(TOKEN);
    const actions = feedAll(wedge, keys);
    expect(actions.slice(0, BURST_KEYS - 1)).toEqual([{ kind: 'pass', mark: 0 }, ...Array(BURST_KEYS - 2).fill({ kind: 'pass', mark: null })]);
    expect(actions.slice(BURST_KEYS - 1).every((a) => a.kind === 'swallow')).toBe(true);
    expect(wedge.feed(enter(keys.at(-1)!.timeStamp + 5))).toEqual({ kind: 'scan', text: TOKEN, from: 0 });
  });

  it('lets a person type and press Enter (to pick a search result)', () => {
    const wedge = new KeyboardWedge();
    const typed = Array.from('ødegård', (key, i) => ({ key, code: '', shiftKey: false, timeStamp: 1000 + i * 120 }));
    expect(feedAll(wedge, typed)).toEqual(typed.map((_, i) => ({ kind: 'pass', mark: i })));
    expect(wedge.feed(enter(1000 + typed.length * 120))).toEqual({ kind: 'pass', mark: null });
  });

  it('does not take three quick keys and Enter as a scan', () => {
    expect(scanOf(new KeyboardWedge(), usKeys('OLA'))).toEqual({ kind: 'pass', mark: null });
  });

  it('takes a registration number scanned in the same way, whole even when its first keys come slowly', () => {
    expect(scanOf(new KeyboardWedge(), usKeys('100234'))).toEqual({ kind: 'scan', text: '100234', from: 0 });
    const slowStart = [...usKeys('NOS', 1000, 200), ...usKeys('UCHREF42', 1500)];
    expect(scanOf(new KeyboardWedge(), slowStart)).toEqual({ kind: 'scan', text: 'NOSUCHREF42', from: 0 });
  });

  it('takes keys a little too far apart at the start for a person, not a scanner', () => {
    const wedge = new KeyboardWedge();
    const keys = usKeys('ABCDEF', 1000, START_GAP_MS + 1);
    expect(feedAll(wedge, keys).every((a) => a.kind === 'pass')).toBe(true);
    expect(wedge.feed(enter(keys.at(-1)!.timeStamp + 5)).kind).toBe('pass');
  });

  it('keeps a scan whole when its first keys come slowly, as on a busy page', () => {
    const wedge = new KeyboardWedge();
    const slow = usKeys(TOKEN.slice(0, 3), 1000, 400);
    const rest = usKeys(TOKEN.slice(3), slow.at(-1)!.timeStamp + 40);
    expect(scanOf(wedge, [...slow, ...rest])).toEqual({ kind: 'scan', text: TOKEN, from: 0 });
  });

  it('leaves out what a person typed just before the scan, and says where the scan began', () => {
    const wedge = new KeyboardWedge();
    const typed = Array.from('ola', (key, i) => ({ key, code: '', shiftKey: false, timeStamp: 1000 + i * 120 }));
    const actions = feedAll(wedge, typed);
    const keys = usKeys(TOKEN, 1000 + 2 * 120 + 200);
    expect(feedAll(wedge, keys)[0]).toEqual({ kind: 'pass', mark: 3 });
    expect(actions.map((a) => a.kind === 'pass' && a.mark)).toEqual([0, 1, 2]);
    expect(wedge.feed(enter(keys.at(-1)!.timeStamp + 5))).toEqual({ kind: 'scan', text: TOKEN, from: 3 });
  });

  it('tolerates a busy machine delaying a key once the burst is a scan', () => {
    const wedge = new KeyboardWedge();
    const first = usKeys(TOKEN.slice(0, 10));
    const rest = usKeys(TOKEN.slice(10), first.at(-1)!.timeStamp + PAUSE_MS);
    expect(scanOf(wedge, [...first, ...rest])).toEqual({ kind: 'scan', text: TOKEN, from: 0 });
  });

  it('gives a burst broken off longer than the gap back as typed, and starts afresh', () => {
    const wedge = new KeyboardWedge();
    const broken = usKeys('XXXXXXXX');
    feedAll(wedge, broken);
    const keys = usKeys(TOKEN, broken.at(-1)!.timeStamp + PAUSE_MS + 1);
    expect(feedAll(wedge, keys)[0]).toEqual({ kind: 'pass', mark: 0, release: 'XXXXX' });
    expect(wedge.feed(enter(keys.at(-1)!.timeStamp + 5))).toEqual({ kind: 'scan', text: TOKEN, from: 0 });
  });

  it('after a long pause, takes a registration number from the pause on, and finds a token wherever it begins', () => {
    const typed = (start: number) => Array.from('ola', (key, i) => ({ key, code: '', shiftKey: false, timeStamp: start + i * 120 }));
    const afterPause = 1240 + PAUSE_MS + 1;
    expect(scanOf(new KeyboardWedge(), [...typed(1000), ...usKeys('100234', afterPause)])).toEqual({ kind: 'scan', text: '100234', from: 3 });
    expect(scanOf(new KeyboardWedge(), [...typed(1000), ...usKeys(TOKEN, afterPause)])).toEqual({ kind: 'scan', text: TOKEN, from: 3 });
    const stalled = [...usKeys(TOKEN.slice(0, 2)), ...usKeys(TOKEN.slice(2), 1005 + PAUSE_MS + 500)];
    expect(scanOf(new KeyboardWedge(), stalled)).toEqual({ kind: 'scan', text: TOKEN, from: 0 });
  });

  it('ignores Shift and other modifiers between the keys', () => {
    const wedge = new KeyboardWedge();
    const keys = usKeys(TOKEN).flatMap((k) => [{ key: 'Shift', code: 'ShiftLeft', shiftKey: true, timeStamp: k.timeStamp - 1 }, k]);
    expect(scanOf(wedge, keys)).toEqual({ kind: 'scan', text: TOKEN, from: 0 });
  });

  it('reads a US-configured scanner on a Norwegian keyboard layout by the physical keys', () => {
    const keys = onNorwegianLayout(usKeys(TOKEN));
    expect(keys.map((k) => k.key).join('')).not.toBe(TOKEN);
    expect(scanOf(new KeyboardWedge(), keys)).toEqual({ kind: 'scan', text: TOKEN, from: 0 });
  });

  it('keeps the keys as typed when neither reading is a token (a registration number)', () => {
    const keys = onNorwegianLayout(usKeys('REF-1234'));
    expect(scanOf(new KeyboardWedge(), keys)).toEqual({ kind: 'scan', text: 'REF+1234', from: 0 });
  });

  it('prefers the keys as typed when both readings are tokens', () => {
    const lower = usKeys(TOKEN).map((k) => (/[A-Z]/.test(k.key) ? { ...k, key: k.key.toLowerCase() } : k));
    expect(parseToken(TOKEN.toLowerCase())).not.toBeNull();
    expect(scanOf(new KeyboardWedge(), lower)).toEqual({ kind: 'scan', text: TOKEN.toLowerCase(), from: 0 });
  });

  it('stops a burst at any other key, such as Tab, giving back the keys held', () => {
    const wedge = new KeyboardWedge();
    feedAll(wedge, usKeys('ABCDEF'));
    expect(wedge.feed({ key: 'Tab', code: 'Tab', shiftKey: false, timeStamp: 1030 })).toEqual({ kind: 'pass', mark: null, release: 'DEF' });
    expect(wedge.feed(enter(1035)).kind).toBe('pass');
  });
});

describe('a fast typist at the keyboard wedge', () => {
  /** A person typing `text` with `gap` ms between keys. */
  const typing = (text: string, start = 1000, gap = 30): WedgeKey[] =>
    Array.from(text, (key, i) => ({ key, code: '', shiftKey: false, timeStamp: start + i * gap }));

  it('loses no letter typed less than START_GAP_MS apart: those held back come back when the burst pauses', () => {
    const wedge = new KeyboardWedge();
    const actions = feedAll(wedge, typing('odegard', 1000, START_GAP_MS - 20));
    const passed = actions.slice(0, BURST_KEYS - 1);
    expect(passed.every((a) => a.kind === 'pass')).toBe(true);
    expect(actions.slice(BURST_KEYS - 1).every((a) => a.kind === 'swallow')).toBe(true);
    expect('odegard'.slice(0, passed.length) + wedge.release()).toBe('odegard');
    expect(wedge.release()).toBe('');
  });

  it('gives the held letters back before a key that comes after the pause, or before Backspace', () => {
    const fast = typing('odeg', 1000);
    const afterPause = { key: 'a', code: 'KeyA', shiftKey: false, timeStamp: fast.at(-1)!.timeStamp + HOLD_MS + 1 };
    const wedge = new KeyboardWedge();
    feedAll(wedge, fast);
    expect(wedge.feed(afterPause)).toEqual({ kind: 'pass', mark: 4, release: 'g' });

    const corrected = new KeyboardWedge();
    feedAll(corrected, typing('odegx', 1000));
    expect(corrected.feed({ key: 'Backspace', code: 'Backspace', shiftKey: false, timeStamp: 1200 })).toEqual({ kind: 'pass', mark: null, release: 'gx' });
  });

  it('lets Enter after the letters came back pick a search result, yet still takes a code a busy machine slowed down', () => {
    const wedge = new KeyboardWedge();
    const fast = typing('odegard', 1000);
    feedAll(wedge, fast);
    wedge.release();
    expect(wedge.feed(enter(fast.at(-1)!.timeStamp + 400))).toEqual({ kind: 'pass', mark: null });

    const slowed = new KeyboardWedge();
    const first = usKeys(TOKEN.slice(0, 20));
    feedAll(slowed, first);
    expect(slowed.release()).toBe(TOKEN.slice(BURST_KEYS - 1, 20));
    const rest = usKeys(TOKEN.slice(20), first.at(-1)!.timeStamp + 300);
    expect(scanOf(slowed, rest)).toEqual({ kind: 'scan', text: TOKEN, from: 0 });
  });
});

describe('the US layout', () => {
  it('maps physical keys, shifted and not', () => {
    expect(usCharacter({ key: 'Ø', code: 'Semicolon', shiftKey: true, timeStamp: 0 })).toBe(':');
    expect(usCharacter({ key: 'ø', code: 'Semicolon', shiftKey: false, timeStamp: 0 })).toBe(';');
    expect(usCharacter({ key: '"', code: 'Digit2', shiftKey: true, timeStamp: 0 })).toBe('@');
    expect(usCharacter({ key: '+', code: 'NumpadAdd', shiftKey: false, timeStamp: 0 })).toBe('+');
    expect(usCharacter({ key: '<', code: 'IntlBackslash', shiftKey: false, timeStamp: 0 })).toBe('<');
  });
});

describe('the repeat filter', () => {
  it('counts the same code within the window once', () => {
    const filter = new RepeatFilter();
    expect(filter.accept('A', 0)).toBe(true);
    expect(filter.accept('A', 100)).toBe(false);
    expect(filter.accept('B', 200)).toBe(true);
    expect(filter.accept('A', 300)).toBe(true);
  });

  it('keeps a code held in front of the camera from counting again, and lets it through after a pause', () => {
    const filter = new RepeatFilter();
    expect(filter.accept('A', 0)).toBe(true);
    for (let t = 100; t <= 10_000; t += 100) expect(filter.accept('A', t)).toBe(false);
    expect(filter.accept('A', 10_000 + REPEAT_WINDOW_MS)).toBe(true);
  });
});
