/**
 * The cloakroom screen's copy of what hangs (cloakList's uncollected, kept
 * fresh by the change feed and by the core's answers), and the verdicts it
 * gives from that copy within the keystroke, by the cloakroom's rules
 * (shared/cloakroom.ts). The core then records the hand-in or collection,
 * and its answer settles the verdict or replaces it. Where the copy cannot
 * be sure (no tag range yet, a guest whose code the core has not named), it
 * says nothing, and the screen waits for the core.
 */
import { checkTag, tagNumberOf, type TagRange } from './cloakroom.js';
import type { CloakResult, Owner, TagView } from './contract.js';

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
