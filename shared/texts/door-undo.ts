/**
 * The door's undo of an exit: the undo bar after someone went out, and what
 * it says once the exit is undone.
 */
import type { Texts } from './bilingual.js';

export const doorUndoTexts = {
  undoLastExit: { nb: 'Siste utgang: {name}, kl. {time}.', en: 'Last exit: {name}, at {time}.' },
  undoExitDone: {
    nb: 'Angret utgangen av {name} ({reason}). Personen regnes som inne igjen.',
    en: 'Undid the exit of {name} ({reason}). They count as inside again.',
  },
} as const satisfies Texts;
