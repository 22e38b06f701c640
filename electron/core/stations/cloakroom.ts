/**
 * The cloakroom: handing in against a numbered tag, collecting, finding a
 * guest's tags, and undoing a wrong hand-in; each an event in the log.
 */
import { checkTag, deriveCloakroom, parseTagRange, tagNumberOf, type CloakVerdict, type HandIn, type TagRange } from '../../../shared/cloakroom.js';
import type { CloakResult, GuestTags, Owner, TagView } from '../../../shared/contract.js';
import type { StationIdentifiedBy } from '../../../shared/event-log.js';
import { identifyCodeSync, kioskNameOf, type ScanPlace } from '../checkin.js';
import type { Core } from '../core.js';
import { eventSettingsSync } from '../event-settings.js';
import { searchSync } from '../registrants.js';
import { appendEventSync } from '../store/log-store.js';
import { undoLatestStationEventSync } from '../undo.js';
import { registrantWithArrivalSync } from '../store/registrants-store.js';
import { handInRowsSync, registrantCloakEventsSync, tagEventsSync, uncollectedTagsSync, type HandInRow } from '../store/station-store.js';
import { stationForSync } from './kiosk-station.js';
import { identifyGuestSync, type StationGuest } from './station-guest.js';

/** The tag range set for the event. */
export function tagRangeSync(core: Core): TagRange {
  // The setting is checked when it is set; the default is a valid range.
  return parseTagRange(eventSettingsSync(core).cloakTags)!;
}

/** What hangs under one tag: read from that tag's events alone, so a hand-in costs the same at the end of the day. */
function hangingUnderSync(core: Core, tag: number): readonly HandIn[] {
  return deriveCloakroom(tagEventsSync(core, tag)).hanging.get(tag) ?? [];
}

/** A registrant as the stations show them; null for none (or one no longer on the list). */
export function ownerSync(core: Core, registrantId: string | null): Owner | null {
  if (registrantId === null) return null;
  const row = registrantWithArrivalSync(core, registrantId);
  return row ? { id: row.id, name: row.name, organisation: row.organisation } : null;
}

/** A hand-in as the cloakroom shows it, its owner read from the list. */
export function tagViewSync(core: Core, handIn: HandIn): TagView {
  return { tag: handIn.tag, owner: ownerSync(core, handIn.registrantId), at: handIn.at, kiosk: handIn.kioskName, collectedAt: handIn.collected?.at ?? null };
}

/**
 * Hands something in under a tag, for the guest whose code is given or who
 * was picked by name (none: a guest without a code). A tag outside the
 * range, a code that names nobody, or a tag already hanging records nothing.
 */
export function cloakInSync(core: Core, tagInput: string, guest: StationGuest, place: ScanPlace = {}): CloakResult {
  const event = core.requireEventSync();
  const station = stationForSync(core, 'garderobe', place.station);
  const kiosk = kioskNameOf(core, place);
  const at = new Date().toISOString();
  const range = tagRangeSync(core);
  const answer = (verdict: CloakVerdict, tag: number | null, owner: Owner | null, handIns: TagView[] = []): CloakResult => ({ verdict, tag, owner, at, kiosk, handIns, range });
  const checked = checkTag(tagInput, range);
  if (!checked.ok) return answer(checked.verdict, tagNumberOf(tagInput), null);
  let registrantId: string | null = null;
  let by: StationIdentifiedBy = 'none';
  if (guest !== null) {
    const identified = identifyGuestSync(core, event, guest);
    if (identified.row === null) return answer(identified.refused, checked.tag, null);
    registrantId = identified.row.id;
    by = identified.by;
  }
  return core.transaction(() => {
    const owner = ownerSync(core, registrantId);
    const hanging = hangingUnderSync(core, checked.tag);
    if (hanging.length > 0) return answer('tag_in_use', checked.tag, owner, hanging.map((h) => tagViewSync(core, h)));
    appendEventSync(core, { at, kioskName: kiosk, station, kind: 'cloak_in', registrantId, details: { tag: checked.tag, by } });
    return answer('ok', checked.tag, owner);
  });
}

/**
 * Collects what hangs under a tag: the earliest hand-in still hanging (a
 * tag handed out twice by kiosks apart keeps the other, and says so).
 */
export function cloakOutSync(core: Core, tagInput: string, place: ScanPlace = {}): CloakResult {
  core.requireEventSync();
  const station = stationForSync(core, 'garderobe', place.station);
  const kiosk = kioskNameOf(core, place);
  const at = new Date().toISOString();
  const range = tagRangeSync(core);
  const checked = checkTag(tagInput, range);
  if (!checked.ok) return { verdict: checked.verdict, tag: tagNumberOf(tagInput), owner: null, at, kiosk, handIns: [], range };
  return core.transaction(() => {
    const [collected, ...others] = hangingUnderSync(core, checked.tag);
    if (!collected) return { verdict: 'not_hanging', tag: checked.tag, owner: null, at, kiosk, handIns: [], range };
    appendEventSync(core, { at, kioskName: kiosk, station, kind: 'cloak_out', registrantId: collected.registrantId, details: { tag: checked.tag, handIn: collected.eventId } });
    const views = [{ ...tagViewSync(core, collected), collectedAt: at }, ...others.map((h) => tagViewSync(core, h))];
    return { verdict: 'ok', tag: checked.tag, owner: views[0]!.owner, at, kiosk, handIns: views, range };
  });
}

/** What an undo at the cloakroom took back. */
export interface UndoneCloakEvent {
  readonly kind: 'cloak_in' | 'cloak_out';
  readonly tag: number;
  readonly owner: Owner | null;
  /** When the undone event happened. */
  readonly at: string;
}

/** Undoes this kiosk's latest hand-in or collection still in force; null when there is none. */
export function undoLastCloakEventSync(core: Core, reason: string, place: ScanPlace = {}): UndoneCloakEvent | null {
  const station = stationForSync(core, 'garderobe', place.station);
  const target = undoLatestStationEventSync(core, ['cloak_in', 'cloak_out'], reason, { station, kioskName: kioskNameOf(core, place) });
  return target && { kind: target.kind, tag: target.details.tag, owner: ownerSync(core, target.registrantId), at: target.at };
}

/** The most guests a name search at the cloakroom lists. */
const FIND_LIMIT = 20;

/**
 * A lost tag: the guest named by a code, or the guests whose name matches,
 * each with the tags they have hanging.
 */
export function cloakFindSync(core: Core, query: string): GuestTags[] {
  const event = core.requireEventSync();
  const identified = identifyCodeSync(core, event, query);
  const ids = identified.row !== null ? [identified.row.id] : searchSync(core, query, FIND_LIMIT).map((hit) => hit.id);
  return ids.map((id) => ({
    owner: ownerSync(core, id)!,
    // A guest's hand-ins with their collections and undos: enough to tell what of theirs hangs.
    tags: [...deriveCloakroom(registrantCloakEventsSync(core, id)).hanging.values()]
      .flat()
      .sort((a, b) => a.tag - b.tag)
      .map((h) => tagViewSync(core, h)),
  }));
}

/** A hand-in as the cloakroom shows it, from its derived row. */
export function tagViewOfRow(row: HandInRow): TagView {
  return {
    tag: row.tag,
    owner: row.id === null ? null : { id: row.id, name: row.name!, organisation: row.organisation },
    at: row.at,
    kiosk: row.kiosk,
    collectedAt: row.collectedAt,
  };
}

/** A hand-in still hanging, and whether its owner has left (null: no owner on the list). */
export type HangingTagView = TagView & { readonly ownerLeft: boolean | null };

/** Every hand-in (or only those still hanging, each with whether its owner has left), by tag number and then time. */
export function cloakListSync(core: Core, only: 'all' | 'uncollected' = 'all'): TagView[] | HangingTagView[] {
  core.requireEventSync();
  if (only === 'all') return handInRowsSync(core).map(tagViewOfRow);
  return uncollectedTagsSync(core).map(({ tag, registrant, at, kiosk, ownerLeft }) => ({ tag, owner: registrant, at, kiosk, collectedAt: null, ownerLeft }));
}
