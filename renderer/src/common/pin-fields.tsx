/**
 * Entering a PIN, and choosing a new one (twice, so a typo cannot lock the
 * organiser out).
 */
import { NEW_PIN_PATTERN } from '../../../shared/domain.js';
import { useText } from '../app-context.js';
import { TextField } from './form-parts.js';
import { ScreenProblem } from './use-action.js';

/** Why a new PIN and its repetition cannot be used, or null when they can. */
export function newPinProblem(pin: string, repeat: string): ScreenProblem | null {
  if (!NEW_PIN_PATTERN.test(pin)) return new ScreenProblem('pinFormat');
  if (pin !== repeat) return new ScreenProblem('pinMismatch');
  return null;
}

/** A hidden input for digits. */
export function PinField({ label, hint, value, onValue, autoComplete, autoFocus = false }: {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly autoComplete: 'current-password' | 'new-password';
  readonly autoFocus?: boolean;
}) {
  return (
    <TextField
      label={label}
      hint={hint}
      type="password"
      inputMode="numeric"
      autoComplete={autoComplete}
      autoFocus={autoFocus}
      maxLength={12}
      value={value}
      onValue={onValue}
    />
  );
}

/** A new PIN and the same PIN again. */
export function NewPinFields({ pin, repeat, onPin, onRepeat, autoFocus = false }: {
  readonly pin: string;
  readonly repeat: string;
  readonly onPin: (value: string) => void;
  readonly onRepeat: (value: string) => void;
  /** Start in the first field, where the PIN is all the screen asks for. */
  readonly autoFocus?: boolean;
}) {
  const t = useText();
  return (
    <>
      <PinField label={t('pinNew')} hint={t('pinRule')} autoComplete="new-password" autoFocus={autoFocus} value={pin} onValue={onPin} />
      <PinField label={t('pinRepeat')} autoComplete="new-password" value={repeat} onValue={onRepeat} />
    </>
  );
}
