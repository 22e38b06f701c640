/**
 * The stations' commands: the kiosk's station, the cloakroom (hand in,
 * collect, find, list, undo), the lunch counter, and the counts.
 */
import { text } from '../../shared/i18n.js';
import { cloakVerdictLines, lunchVerdictLines, ownerText } from '../../shared/station-verdicts.js';
import { doorCountsSync } from '../core/door-day/door-state.js';
import type { CloakResult, Owner, TagView } from '../../shared/contract.js';
import { cloakFindSync, cloakInSync, cloakListSync, cloakOutSync, undoLastCloakEventSync, type HangingTagView } from '../core/stations/cloakroom.js';
import { kioskStationSync, setKioskStationSync } from '../core/stations/kiosk-station.js';
import { serveLunchSync, undoLastLunchSync } from '../core/stations/lunch.js';
import { stationCountsSync } from '../core/stations/station-counts.js';
import { parse, print, UsageError, withCore, type Command, type Invocation } from './cli-support.js';
import { doorDayCountsLine } from './door-day-commands.js';

/** Where an event is recorded: the command line's --kiosk and --station. */
const PLACE_OPTIONS = { kiosk: { type: 'string' }, station: { type: 'string' } } as const;

function placeOf(inv: Invocation): { kioskName?: string; station?: string } {
  return { kioskName: inv.values.kiosk as string | undefined, station: inv.values.station as string | undefined };
}

/** A guest as the command line names them. */
function owner(guest: Owner | null): string {
  return ownerText(guest, 'nb');
}

/** A time of the day as the volunteer reads it, in Oslo. */
function clock(at: string): string {
  return new Date(at).toLocaleTimeString('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' });
}

function tagLine(view: TagView | HangingTagView): string {
  const collected = view.collectedAt ? `, hentet ${clock(view.collectedAt)}` : '';
  const left = 'ownerLeft' in view && view.ownerLeft ? ', eieren har gått' : '';
  return `${view.tag}  ${owner(view.owner)}  levert inn ${clock(view.at)} ved ${view.kiosk}${collected}${left}`;
}

/** What a hand-in or a collection prints for people. */
function describeCloak(result: CloakResult, input: string): string {
  return cloakVerdictLines(result, input, 'nb', clock).join('\n');
}

/** Parses the cloakroom's arguments; a negative tag number, which looks like an option, is refused as a tag. */
function parseCloakArgs(args: string[]): Invocation {
  try {
    return parse(args, { ...PLACE_OPTIONS, uncollected: { type: 'boolean', default: false }, reason: { type: 'string' } });
  } catch (error) {
    const negative = args.find((arg) => /^-\d/.test(arg));
    if (error instanceof UsageError && negative !== undefined) {
      throw new UsageError(`«${negative}» er ikke et merkenummer: merkene er hele tall fra 1 og oppover. Ingenting er registrert.`);
    }
    throw error;
  }
}

export const cloakCommand: Command = (args) => {
  const inv = parseCloakArgs(args);
  const [action, ...rest] = inv.positionals;
  const place = placeOf(inv);
  if (action === 'in' && (rest.length === 1 || rest.length === 2)) {
    const [tag = '', code = null] = rest;
    const result = withCore(inv, (core) => cloakInSync(core, tag, code, place));
    return print(inv, result, describeCloak(result, tag));
  }
  if (action === 'out' && rest.length === 1) {
    const [tag = ''] = rest;
    const result = withCore(inv, (core) => cloakOutSync(core, tag, place));
    return print(inv, result, describeCloak(result, tag));
  }
  if (action === 'find' && rest.length > 0 && rest.join(' ').trim() !== '') {
    const guests = withCore(inv, (core) => cloakFindSync(core, rest.join(' ')));
    const human =
      guests.length === 0
        ? 'Fant ingen med den koden eller det navnet. Se «innsjekk cloak list --uncollected» for merker levert inn uten kode.'
        : guests.map((g) => `${owner(g.owner)}: ${g.tags.length === 0 ? 'ingen merker henger' : g.tags.map((t) => `merke ${t.tag} (${clock(t.at)})`).join(', ')}`).join('\n');
    return print(inv, guests, human);
  }
  if (action === 'list' && rest.length === 0) {
    const views = withCore(inv, (core) => cloakListSync(core, inv.values.uncollected === true ? 'uncollected' : 'all'));
    return print(inv, views, views.length === 0 ? 'Ingen merker.' : views.map(tagLine).join('\n'));
  }
  if (action === 'undo' && rest.length === 0) {
    const undone = withCore(inv, (core) => undoLastCloakEventSync(core, (inv.values.reason as string | undefined) ?? '', place));
    return print(inv, { undone }, undone ? text('cloakUndone', { tag: undone.tag, owner: owner(undone.owner) }) : text('cloakNothingToUndo'));
  }
  throw new UsageError('Bruk «innsjekk cloak in MERKE [KODE]», «cloak out MERKE», «cloak find KODE|NAVN», «cloak list [--uncollected]» eller «cloak undo».');
};

export const lunchCommand: Command = (args) => {
  const inv = parse(args, { ...PLACE_OPTIONS, again: { type: 'boolean', default: false }, anonymous: { type: 'boolean', default: false }, undo: { type: 'boolean', default: false }, reason: { type: 'string' } });
  const place = placeOf(inv);
  const [code, ...rest] = inv.positionals;
  if (inv.values.undo === true) {
    if (code !== undefined || inv.values.anonymous === true || inv.values.again === true) throw new UsageError('--undo angrer kioskens siste lunsj og tar ingen kode.');
    const undone = withCore(inv, (core) => undoLastLunchSync(core, (inv.values.reason as string | undefined) ?? '', place));
    return print(inv, { undone }, undone ? text('lunchUndone', { when: clock(undone.at), who: owner(undone.registrant) }) : text('lunchNothingToUndo'));
  }
  const anonymous = inv.values.anonymous === true;
  if (rest.length > 0 || anonymous === (code !== undefined) || (anonymous && inv.values.again === true)) {
    throw new UsageError('Bruk «innsjekk lunch KODE [--again]» eller «innsjekk lunch --anonymous».');
  }
  const result = withCore(inv, (core) => serveLunchSync(core, { code: code ?? null, again: inv.values.again === true }, place));
  print(inv, result, lunchVerdictLines(result, 'nb', clock, 'lunchSecond').join('\n'));
};

export const countsCommand: Command = (args) => {
  const inv = parse(args, {});
  const counts = withCore(inv, (core) => {
    core.requireEventSync();
    return { ...doorCountsSync(core), ...stationCountsSync(core) };
  });
  const { cloak, lunch } = counts;
  const lines = [
    `Påmeldte: ${counts.total} (${counts.expected} bekreftet, ${counts.waitlisted} på venteliste, ${counts.cancelled} avmeldt); kommet: ${counts.arrived}`,
    doorDayCountsLine(counts),
    `Garderobe: ${cloak.handedIn} levert inn, ${cloak.collected} hentet, ${cloak.hanging} henger nå`,
    ...cloak.flagged.map((tag) => `  ${text('cloakFlagged', { tag, owners: cloak.uncollected.filter((u) => u.tag === tag).map((u) => owner(u.registrant)).join(', ') })}`),
    `Lunsj: ${lunch.served} servert (${lunch.anonymous} uten kode, ${lunch.secondServings} nummer to); ${lunch.leftToServe} inne har ikke spist ennå (${lunch.expected} ventet: inne nå, eller har spist)`,
    ...lunch.dietary.map((d) => `  ${d.need}: ${d.served} av ${d.expected} har spist`),
  ];
  print(inv, counts, lines.join('\n'));
};

export const stationCommand: Command = (args) => {
  const inv = parse(args, {});
  if (inv.positionals.length > 1) throw new UsageError('Oppgi én stasjon: inngang, garderobe, lunsj eller utgang.');
  const [name] = inv.positionals;
  const station = withCore(inv, (core) => (name === undefined ? kioskStationSync(core) : setKioskStationSync(core, name)));
  print(inv, { station }, name === undefined ? `Kiosken står på stasjonen «${station}».` : `Kiosken står nå på stasjonen «${station}».`);
};
