/**
 * The keydowns a handheld scanner sends, as a US keyboard types them, and as
 * a Norwegian keyboard layout reports the same physical keys.
 */

/** A keydown's fields, as the keyboard wedge reads them. */
export interface ScannerKey {
  readonly key: string;
  readonly code: string;
  readonly shiftKey: boolean;
  readonly timeStamp: number;
}

/** Base45's symbols on a US keyboard, and what a Norwegian layout makes of the same key: [code, shifted, Norwegian key]. */
const SYMBOLS: Readonly<Record<string, readonly [string, boolean, string]>> = {
  ':': ['Semicolon', true, 'Ø'],
  '/': ['Slash', false, '-'],
  '+': ['Equal', true, 'Dead'],
  '-': ['Minus', false, '+'],
  '*': ['Digit8', true, '('],
  $: ['Digit4', true, '¤'],
  '%': ['Digit5', true, '%'],
  '.': ['Period', false, '.'],
  ' ': ['Space', false, ' '],
};

/** The keydowns of a US-configured scanner for the text, `gap` ms apart from `start`. */
export function usScannerKeys(text: string, start = 1000, gap = 5): ScannerKey[] {
  return Array.from(text, (c, i) => {
    const timeStamp = start + i * gap;
    if (/[A-Z]/.test(c)) return { key: c, code: `Key${c}`, shiftKey: true, timeStamp };
    if (/[0-9]/.test(c)) return { key: c, code: `Digit${c}`, shiftKey: false, timeStamp };
    const symbol = SYMBOLS[c];
    if (!symbol) throw new Error(`no US key for ${JSON.stringify(c)}`);
    return { key: c, code: symbol[0], shiftKey: symbol[1], timeStamp };
  });
}

/** The same keydowns as an operating system set to the Norwegian layout reports them. */
export function onNorwegianLayout(keys: readonly ScannerKey[]): ScannerKey[] {
  return keys.map((k) => {
    const symbol = Object.values(SYMBOLS).find(([code, shifted]) => code === k.code && shifted === k.shiftKey);
    return symbol ? { ...k, key: symbol[2] } : k;
  });
}
