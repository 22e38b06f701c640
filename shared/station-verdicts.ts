/**
 * What the stations' verdicts say, in either language: the same words on the
 * station screens and from the command line.
 */
import type { CloakResult, LunchResult, Owner } from './contract.js';
import { text, type Language, type UiTextKey } from './i18n.js';
import type { CloakVerdict } from './cloakroom.js';

/** Writes a time of day as the reader expects it (Oslo time). */
export type ClockText = (at: string) => string;

/** A guest as the stations name them: with their organisation, or "without a code". */
export function ownerText(owner: Owner | null, language: Language): string {
  if (!owner) return text('cloakNoCode', {}, language);
  return owner.organisation ? `${owner.name} (${owner.organisation})` : owner.name;
}

const CLOAK_REFUSAL = {
  tag_out_of_range: 'cloakTagOutOfRange',
  bad_tag: 'cloakBadTag',
  invalid: 'cloakUnknownCode',
  wrong_event: 'cloakWrongEvent',
  not_hanging: 'cloakNotHanging',
} as const satisfies Partial<Record<CloakVerdict, UiTextKey>>;

/** What a hand-in or a collection says: its verdict first, then a tag's other owner. `input` is the tag as given. */
export function cloakVerdictLines(result: CloakResult, input: string, language: Language, clock: ClockText): string[] {
  const say = (key: UiTextKey, params: Record<string, string | number>): string => text(key, params, language);
  const params = { tag: result.tag ?? input, input, first: result.range.first, last: result.range.last };
  if (result.verdict === 'tag_in_use') {
    const [hanging] = result.handIns;
    return [say('cloakTagInUse', { ...params, owner: ownerText(hanging?.owner ?? null, language), when: hanging ? clock(hanging.at) : '' })];
  }
  if (result.verdict !== 'ok') return [say(CLOAK_REFUSAL[result.verdict], params)];
  const [collected, ...others] = result.handIns;
  if (!collected) return [say('cloakHandedIn', { tag: params.tag, owner: ownerText(result.owner, language) })];
  const lines = [say('cloakCollected', { tag: collected.tag, owner: ownerText(collected.owner, language), when: clock(collected.at), kiosk: collected.kiosk })];
  if (others.length > 0) lines.push(say('cloakFlagged', { tag: collected.tag, owners: others.map((o) => ownerText(o.owner, language)).join(', ') }));
  return lines;
}

/**
 * What a lunch says: who, their dietary needs, a guest never checked in; or
 * the earlier lunch, in the words of `secondLunch` (the screen's, with its
 * button, or the command line's, with its option).
 */
export function lunchVerdictLines(result: LunchResult, language: Language, clock: ClockText, secondLunch: 'lunchSecond' | 'lunchSecondWarning'): string[] {
  const say = (key: UiTextKey, params: Record<string, string | number> = {}): string => text(key, params, language);
  if (result.verdict === 'invalid') return [say('lunchUnknownCode')];
  if (result.verdict === 'wrong_event') return [say('lunchWrongEvent')];
  if (!result.registrant) return [say('lunchAnonymous')];
  const last = result.earlier.at(-1);
  const first =
    result.verdict === 'second_lunch' && last
      ? `${result.registrant.name}: ${say(secondLunch, { when: clock(last.at), kiosk: last.kiosk })}`
      : say(result.again ? 'lunchServedAgain' : 'lunchServed', { name: result.registrant.name });
  const lines = [first, result.dietary.length > 0 ? say('lunchDietary', { needs: result.dietary.join(', ') }) : say('lunchNoDietary')];
  if (result.checkedIn === false) lines.push(say('lunchNotCheckedIn'));
  return lines;
}
