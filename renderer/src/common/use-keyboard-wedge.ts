/**
 * The handheld scanner on the page: its bursts are caught wherever focus is,
 * and a person's typing goes to the screen's typing target (the door's search box).
 */
import { useEffect, useEffectEvent, type RefObject } from 'react';
import { HOLD_MS, isToken, KeyboardWedge, type AcceptScan } from './keyboard-wedge.js';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** What a field held before a burst began, to put back afterwards. */
interface FieldSnapshot {
  readonly field: TextField;
  readonly value: string;
  readonly selectionStart: number | null;
  readonly selectionEnd: number | null;
}

/** Inputs whose text and selection can be put back. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'tel', 'url', 'password']);

function textField(element: Element | null): TextField | null {
  if (element instanceof HTMLTextAreaElement) return element;
  if (element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.type)) return element;
  return null;
}

/** Where typing does something of its own, so it must not be moved to the search box. */
function takesTyping(element: Element | null): boolean {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLElement && element.isContentEditable)
  );
}

function snapshotOf(element: Element | null): FieldSnapshot | null {
  const field = textField(element);
  return field && { field, value: field.value, selectionStart: field.selectionStart, selectionEnd: field.selectionEnd };
}

/** Sets a field's text the way typing does, so React's onChange sees it. */
function restore(snapshot: FieldSnapshot): void {
  const { field } = snapshot;
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, snapshot.value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.setSelectionRange(snapshot.selectionStart, snapshot.selectionEnd);
}

/** Types text into the focused field at its caret, the way typing does, so React's onChange sees it. */
function typeInto(element: Element | null, text: string): void {
  const field = textField(element);
  if (!field || text === '') return;
  field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Where a person's typing goes, and which codes the screen scans for. */
export interface WedgeOptions {
  /** Typing a character while focus is on no field moves focus here, so the character lands there. */
  readonly typingTarget?: RefObject<HTMLInputElement | null>;
  /** The codes to look for in a burst (default: check-in tokens); keep it the same function between renders. */
  readonly accept?: AcceptScan;
}

/**
 * Calls `onScan` with each scanned text. A burst's keys never stay in a
 * field: the first few reach it before the burst is recognised, and the
 * field's text is put back when the scan ends. A fast typist loses nothing:
 * the keys held back as a possible scan reach the field when the burst
 * pauses or another key comes instead of Enter.
 */
export function useKeyboardWedge(onScan: (text: string) => void, { typingTarget, accept = isToken }: WedgeOptions = {}): void {
  const scanned = useEffectEvent(onScan);
  useEffect(() => {
    const wedge = new KeyboardWedge(accept);
    // What the focused field held before each key where a scan may begin, by the key's place in the burst.
    const before = new Map<number, FieldSnapshot | null>();
    let giveBack: ReturnType<typeof setTimeout> | undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      // Shortcuts (Ctrl+C, ⌘V) are no scanner's; AltGr reports Ctrl and Alt together and types characters.
      if (event.isComposing || event.metaKey || (event.ctrlKey && !event.altKey)) return;
      clearTimeout(giveBack);
      const action = wedge.feed(event);
      if (action.kind === 'pass') {
        if (action.release) typeInto(document.activeElement, action.release);
        const typesCharacter = event.key.length === 1 && event.key !== ' ';
        // Without scrolling: the keys may be a scan, and the verdict it brings must stay in view.
        if (typesCharacter && !takesTyping(document.activeElement)) typingTarget?.current?.focus({ preventScroll: true });
        if (action.mark === 0) before.clear();
        if (action.mark !== null) before.set(action.mark, snapshotOf(document.activeElement));
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (action.kind === 'swallow') giveBack = setTimeout(() => typeInto(document.activeElement, wedge.release()), HOLD_MS);
      if (action.kind === 'scan') {
        // The scan first: its request is on its way while the field is put back.
        scanned(action.text);
        const snapshot = before.get(action.from);
        if (snapshot) restore(snapshot);
        before.clear();
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      clearTimeout(giveBack);
      window.removeEventListener('keydown', onKeyDown, { capture: true });
    };
  }, [typingTarget, accept]);
}
