/**
 * The lunch counter's rules: lunches served, derived from the log the same
 * way on every kiosk, and the dietary needs read from the registration list.
 */
import { compareEvents, type LogEvent } from './event-log.js';

/** What the lunch counter tells the volunteer. */
export const LUNCH_VERDICTS = ['ok', 'second_lunch', 'invalid', 'wrong_event'] as const;
export type LunchVerdict = (typeof LUNCH_VERDICTS)[number];

/** A lunch served. */
export interface Serving {
  readonly eventId: string;
  /** Null: served without a code. */
  readonly registrantId: string | null;
  readonly at: string;
  readonly kioskName: string;
  readonly again: boolean;
}

/** Every lunch served that was not undone, in the order of the log. */
export function deriveServings(events: readonly LogEvent[]): Serving[] {
  const undone = new Set<string>();
  for (const e of events) if (e.kind === 'undo') undone.add(e.details.target);
  return events
    .filter((e) => e.kind === 'lunch' && !undone.has(e.id))
    .sort(compareEvents)
    .map((e) => ({ eventId: e.id, registrantId: e.registrantId, at: e.at, kioskName: e.kioskName, again: e.kind === 'lunch' && e.details.again }));
}

/** What a registration form has in the dietary column when there is no need. */
const NO_NEED = /^(-|nei|no|ingen|none|n\/a)?$/i;

/**
 * The needs in a registrant's dietary column ("Glutenfri, laktosefri";
 * "vegetar og nøttefri"), each with a capital first letter, so the kitchen
 * counts "glutenfri" and "Glutenfri" as one need. None for an empty column.
 */
export function dietaryNeeds(dietary: string | null): string[] {
  if (dietary === null || NO_NEED.test(dietary.trim())) return [];
  const needs = dietary
    .split(/[,;/\n]|\s+og\s+|\s+and\s+|\s+\+\s+/i)
    .map((need) => need.trim().replace(/\.$/, '').replace(/\s+/g, ' '))
    .filter((need) => need !== '' && !NO_NEED.test(need))
    .map((need) => need.charAt(0).toLocaleUpperCase('nb') + need.slice(1).toLocaleLowerCase('nb'));
  return [...new Set(needs)];
}
