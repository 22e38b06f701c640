/**
 * The retention date: the day the event's personal data is deleted on every
 * kiosk. The organiser sets it (the event setting `retainUntil`, which
 * travels with every sync round); unset, it is 30 days after the event. Each
 * kiosk purges itself once its own clock reaches it, whether or not it ever
 * reaches the organiser's kiosk again.
 */
import type { Core } from '../core.js';
import { eventSettingsSync } from '../event-settings.js';
import { eventCreatedAtSync } from '../store/meta-store.js';
import { completeDeletionSync, isPurgedSync, purgeSync, type PurgeOutcome } from './purge.js';

/** Days after the event that personal data is kept when the organiser set no date. */
export const DEFAULT_RETENTION_DAYS = 30;

/** How often a running kiosk looks at the date. */
export const RETENTION_CHECK_MS = 60_000;

/** The day (YYYY-MM-DD) in Oslo at a moment. */
export function osloDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function daysAfter(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * The day this kiosk deletes the personal data: the organiser's date, or 30
 * days after the event — and, unset, never sooner than 30 days after the
 * event was set up here, so a list read in after the day has its month too.
 */
export function retentionDateSync(core: Core): string {
  const settings = eventSettingsSync(core);
  if (settings.retainUntil !== '') return settings.retainUntil;
  const setUp = osloDate(new Date(eventCreatedAtSync(core) ?? Date.now()));
  return daysAfter(settings.date > setUp ? settings.date : setUp, DEFAULT_RETENTION_DAYS);
}

/** Purges the kiosk when its clock has reached the retention date; null when there is no event, it is purged already or the day has not come. */
export function purgeWhenDueSync(core: Core, now: Date = new Date()): PurgeOutcome | null {
  if (!core.eventSync() || isPurgedSync(core)) return null;
  return osloDate(now) >= retentionDateSync(core) ? purgeSync(core, 'retention') : null;
}

/**
 * Purges the kiosk now if the retention date has come (and completes a purge
 * a killed process left), then looks again every RETENTION_CHECK_MS while it
 * runs; `onPurged` hears of a purge. Returns the function that stops looking.
 */
export function watchRetention(core: Core, onPurged: () => void, intervalMs: number = RETENTION_CHECK_MS): () => void {
  const check = (): void => {
    try {
      completeDeletionSync(core);
      if (purgeWhenDueSync(core)) onPurged();
    } catch {
      // Another process held the database; the next look tries again.
    }
  };
  check();
  const timer = setInterval(check, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
