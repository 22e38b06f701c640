/**
 * The organiser PIN given at the door to let someone in past the rules (the
 * room full, the waitlist not released): who gives it, why, and the PIN. The
 * core checks the PIN and records the admission as forced, with who and why.
 */
import type { Override } from '../../../shared/contract.js';
import { useText } from '../app-context.js';
import { PinField } from '../common/pin-fields.js';
import { TextField } from '../common/form-parts.js';
import { ScreenProblem } from '../common/use-action.js';

/** Nothing typed yet. */
export const NO_OVERRIDE: Override = { pin: '', by: '', reason: '' };

/** The override to send, or a problem the screen finds first (no reason, no name, no PIN). */
export function overrideToSend(draft: Override): Override {
  const sent = { pin: draft.pin.trim(), by: draft.by.trim(), reason: draft.reason.trim() };
  if (sent.reason === '') throw new ScreenProblem('overrideNeedsReason');
  if (sent.by === '') throw new ScreenProblem('overrideNeedsBy');
  if (sent.pin === '') throw new ScreenProblem('overrideNeedsPin');
  return sent;
}

/** Why, who, and the organiser PIN. */
export function OverrideFields({ draft, onDraft, reasonLabel }: {
  readonly draft: Override;
  readonly onDraft: (draft: Override) => void;
  /** The reason's label, where the form asks a question of its own. */
  readonly reasonLabel?: string;
}) {
  const t = useText();
  return (
    <>
      <TextField label={reasonLabel ?? t('overrideReason')} autoComplete="off" maxLength={500} value={draft.reason} onValue={(reason) => onDraft({ ...draft, reason })} />
      <TextField label={t('overrideBy')} autoComplete="off" maxLength={100} value={draft.by} onValue={(by) => onDraft({ ...draft, by })} />
      <PinField label={t('overridePin')} autoComplete="current-password" value={draft.pin} onValue={(pin) => onDraft({ ...draft, pin })} />
    </>
  );
}
