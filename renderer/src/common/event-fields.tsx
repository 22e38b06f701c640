/**
 * The event's capacity, asked for when it is set up and in the settings.
 */
import { useText } from '../app-context.js';
import { TextField } from './form-parts.js';
import { ScreenProblem } from './use-action.js';

/** The capacity typed in: null when left empty (no limit); the kiosk checks that it is above 0. */
export function parseCapacity(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) throw new ScreenProblem('capacityFormat');
  return Number(trimmed);
}

/** The capacity, as digits; empty for no limit. */
export function CapacityField({ value, onValue }: { readonly value: string; readonly onValue: (value: string) => void }) {
  const t = useText();
  return <TextField label={t('settingCapacity')} hint={t('settingCapacityHint')} inputMode="numeric" autoComplete="off" value={value} onValue={onValue} />;
}
