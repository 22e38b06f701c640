/**
 * Moments as people at the event read them: Oslo time, whatever the time zone
 * of the machine showing them (a laptop set to UTC, a server abroad).
 */
import type { TextParams, UiTextKey } from './i18n.js';

const CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' });

/** A moment as Date, ISO 8601 text or milliseconds since the epoch. */
export type Moment = Date | string | number;

/** The value of each named part of a formatted moment; built from parts, as locales differ in punctuation (09.05, 09:05). */
function partsOf(format: Intl.DateTimeFormat, at: Moment): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = format.formatToParts(typeof at === 'string' ? new Date(at) : at);
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}

/** "09:05" for a moment, in Oslo. */
export function osloTime(at: Moment): string {
  const part = partsOf(CLOCK, at);
  return `${part('hour')}:${part('minute')}`;
}

/** "11.03." and the year, for a moment's day in Oslo. */
export function osloDay(at: Moment): { readonly date: string; readonly year: string } {
  const part = partsOf(DAY, at);
  return { date: `${part('day')}.${part('month')}.`, year: part('year') };
}

/** Says a text of the catalogue in some language: the screens' `t`, or the CLI's bokmål. */
export type SayText = (key: UiTextKey, params?: TextParams) => string;

/** "kl. 14:05" for a moment today, "11.03. kl. 14:05" for another day (Oslo time). */
export function osloWhen(say: SayText, at: Moment, now: Moment): string {
  const day = osloDay(at);
  const today = osloDay(now);
  const time = osloTime(at);
  return day.date === today.date && day.year === today.year ? say('timeToday', { time }) : say('timeOtherDay', { date: day.date, time });
}
