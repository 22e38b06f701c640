/**
 * Taking back the last check-in (or exit) in one tap, with the reason kept in the log.
 */
import { memo, useId } from 'react';
import type { UiTextKey } from '../../../shared/i18n.js';
import { useText } from '../app-context.js';
import { osloTime } from '../../../shared/oslo-time.js';

/** Why a check-in is undone: the button's text and the reason's text. */
export type UndoReason = 'undoReasonWrongPerson' | 'undoReasonMistake';

const REASONS: readonly (readonly [UiTextKey, UndoReason])[] = [
  ['undoWrongPerson', 'undoReasonWrongPerson'],
  ['undoMistake', 'undoReasonMistake'],
];

/** The last check-in (`out`: exit) this kiosk can undo, whether an undo is on its way, and what the last undo said. */
export interface UndoState {
  readonly checkin: { readonly registrantId: string; readonly name: string; readonly at: string; readonly out: boolean } | null;
  readonly busy: boolean;
  readonly said: { readonly text: string; readonly failed: boolean } | null;
}

/** Nothing to undo and nothing said. */
export const NO_UNDO: UndoState = { checkin: null, busy: false, said: null };

interface UndoBarProps {
  readonly state: UndoState;
  /** Whether the buttons are offered: not while the screen shows a verdict about someone else. */
  readonly offered: boolean;
  /** Takes back the check-in or exit of the person the bar names, and of nobody else. */
  readonly onUndo: (reason: UndoReason, registrantId: string) => void;
}

/** The last check-in, named, with its undo buttons, and what was undone, read out. */
export const UndoBar = memo(function UndoBar({ state, offered, onUndo }: UndoBarProps) {
  const t = useText();
  const lastId = useId();
  const { busy, said } = state;
  const checkin = offered ? state.checkin : null;
  return (
    // Kept in the page when empty, so its live region is there before it speaks.
    <div className={checkin || said ? 'panel undo-bar' : 'undo-bar'}>
      {checkin && (
        <>
          <p id={lastId}>{t(checkin.out ? 'undoLastExit' : 'undoLast', { name: checkin.name, time: osloTime(checkin.at) })}</p>
          <div className="undo-buttons">
            {REASONS.map(([label, reason]) => (
              // Disabled while an undo is on its way: a second tap would undo the check-in before.
              <button key={reason} type="button" className="button" disabled={busy} aria-describedby={lastId} onClick={() => onUndo(reason, checkin.registrantId)}>
                {t(label)}
              </button>
            ))}
          </div>
        </>
      )}
      <p role="status" className={said?.failed ? 'error' : undefined}>
        {said?.text}
      </p>
    </div>
  );
});
