/**
 * Moments as the organiser screens say them: the clock time in Oslo (with
 * the date when it is not today), and how long ago.
 */
import type { useText } from '../app-context.js';
import { osloWhen } from '../../../shared/oslo-time.js';

type Text = ReturnType<typeof useText>;

/** "kl. 14:05" for a moment today, "11.03. kl. 14:05" for another day (Oslo time). */
export function whenText(t: Text, iso: string, now: number): string {
  return osloWhen(t, iso, now);
}

/** "for 40 s siden", "for 3 min siden", "for 2 t 5 min siden". */
export function agoText(t: Text, iso: string, now: number): string {
  // A clock a little ahead of this one is no time travel.
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return t('agoSeconds', { count: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('agoMinutes', { count: minutes });
  return t('agoHours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** Both: "kl. 14:05 (for 3 min siden)". */
export function whenAndAgoText(t: Text, iso: string, now: number): string {
  return t('timeWithAgo', { when: whenText(t, iso, now), ago: agoText(t, iso, now) });
}
