/**
 * The station screens' copies, and the verdicts they give from them within
 * the keystroke, by the stations' rules (shared/cloakroom.ts,
 * shared/lunch.ts): the cloakroom's copy of what hangs (cloakList's
 * uncollected), and the lunch counter's of the guests' dietary needs and
 * lunches (lunchList), each kept fresh by the change feed and by the core's
 * answers. The core then records the hand-in, collection or lunch, and its
 * answer settles the verdict or replaces it. Where a copy cannot be sure (no
 * tag range yet, a guest the core has not named, whether they arrived), it
 * says nothing, and the screen waits for the core.
 */
import { checkTag, tagNumberOf, type TagRange } from './cloakroom.js';
import type { CloakResult, LunchList, LunchResult, Owner, ScanResult, TagView } from './contract.js';

/** What hangs here as the screen holds it: the core's list of uncollected tags. */
export type HangingCopy = readonly TagView[];

/** Where and when a verdict is given. */
export interface VerdictPlace {
  readonly at: string;
  readonly kiosk: string;
}

/** A refusal of a tag number that is none, or outside the range: nothing is recorded. */
function tagRefusal(input: string, range: TagRange, verdict: 'bad_tag' | 'tag_out_of_range', place: VerdictPlace): CloakResult {
  return { verdict, tag: tagNumberOf(input), owner: null, handIns: [], range, ...place };
}

/**
 * The verdict the core will give for handing in under the tag typed, for
 * `owner` (null: a guest without a code); null when the copy cannot tell.
 */
export function handInVerdict(hanging: HangingCopy, range: TagRange | null, input: string, owner: Owner | null, place: VerdictPlace): CloakResult | null {
  if (range === null) return null;
  const checked = checkTag(input, range);
  if (!checked.ok) return tagRefusal(input, range, checked.verdict, place);
  const under = hanging.filter((h) => h.tag === checked.tag);
  return under.length > 0
    ? { verdict: 'tag_in_use', tag: checked.tag, owner, handIns: under, range, ...place }
    : { verdict: 'ok', tag: checked.tag, owner, handIns: [], range, ...place };
}

/** What the hand-back form shows for a tag typed: whose it is, to confirm; or why it is refused; null when the copy cannot tell. */
export type HandBackLookup = { readonly kind: 'confirm'; readonly handIns: readonly TagView[] } | { readonly kind: 'refused'; readonly result: CloakResult } | null;

/**
 * Looks a tag up for handing back: what hangs under it, earliest first, to
 * confirm. A tag not in the copy is left to the core (it may have been
 * handed in at another kiosk a moment ago), unless it is no tag at all.
 */
export function handBackLookup(hanging: HangingCopy, range: TagRange | null, input: string, place: VerdictPlace): HandBackLookup {
  if (range === null) return null;
  const checked = checkTag(input, range);
  if (!checked.ok) return { kind: 'refused', result: tagRefusal(input, range, checked.verdict, place) };
  const under = hanging.filter((h) => h.tag === checked.tag).sort((a, b) => a.at.localeCompare(b.at));
  return under.length > 0 ? { kind: 'confirm', handIns: under } : null;
}

/**
 * The copy after the core's answer to a hand-in (the tag now hangs) or a
 * collection (the first of its hand-ins no longer does), before the change
 * feed brings the whole list again.
 */
export function hangingAfter(hanging: HangingCopy, result: CloakResult, handedIn: boolean): HangingCopy {
  if (result.verdict !== 'ok' || result.tag === null) return hanging;
  if (handedIn) return [...hanging, { tag: result.tag, owner: result.owner, at: result.at, kiosk: result.kiosk, collectedAt: null }];
  const collected = result.handIns[0];
  return collected ? hanging.filter((h) => !(h.tag === collected.tag && h.at === collected.at)) : hanging;
}

/** The lunch counter's copy: each guest's dietary needs, and their lunches so far, oldest first. */
export interface LunchCopy {
  readonly needs: ReadonlyMap<string, readonly string[]>;
  readonly servings: ReadonlyMap<string, readonly { readonly at: string; readonly kiosk: string }[]>;
}

/** The copy made from the core's lunch list. */
export function lunchCopyOf(list: LunchList): LunchCopy {
  const servings = new Map<string, { at: string; kiosk: string }[]>();
  for (const { registrantId, at, kiosk } of list.servings) servings.set(registrantId, [...(servings.get(registrantId) ?? []), { at, kiosk }]);
  return { needs: new Map(list.dietary.map((d) => [d.registrantId, d.needs])), servings };
}

/**
 * The verdict the core will give for a lunch to the guest the door's copy
 * found for a code (`found`: its verdict on the same code), served again
 * when `again`; null when the copies cannot tell: a guest not found, or one
 * whose arrival the door's verdict does not say (waitlisted, cancelled).
 * "Welcome" is read as not yet arrived: the door welcomes someone again only
 * within seconds of the same kiosk letting them in, which a lunch counter does not.
 */
export function lunchVerdict(copy: LunchCopy, found: ScanResult, again: boolean, place: VerdictPlace): LunchResult | null {
  const none = { dietary: [], checkedIn: null, again: false, earlier: [], ...place };
  if (found.verdict === 'invalid' || found.verdict === 'wrong_event') return { verdict: found.verdict, registrant: null, ...none };
  if (found.registrant === null || (found.verdict !== 'welcome' && found.verdict !== 'already')) return null;
  const { id, name, organisation } = found.registrant;
  const earlier = copy.servings.get(id) ?? [];
  const guest = { registrant: { id, name, organisation }, ...place, dietary: [...(copy.needs.get(id) ?? [])], checkedIn: found.verdict === 'already', earlier: [...earlier] };
  if (earlier.length > 0 && !again) return { verdict: 'second_lunch', ...guest, again: false };
  return { verdict: 'ok', ...guest, again: earlier.length > 0 };
}

/** The copy after the core's answer: a lunch served by name is added, before the change feed brings the list again. */
export function lunchCopyAfter(copy: LunchCopy, result: LunchResult): LunchCopy {
  if (result.verdict !== 'ok' || result.registrant === null) return copy;
  const servings = new Map(copy.servings);
  servings.set(result.registrant.id, [...(servings.get(result.registrant.id) ?? []), { at: result.at, kiosk: result.kiosk }]);
  return { needs: copy.needs, servings };
}
