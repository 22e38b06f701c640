/**
 * The door on a full day from the command line: exits, admissions from the
 * queue and past the limit, the queue at the door, walk-ins and notes. The
 * command line runs on the organiser's own machine, so, as for its other
 * organiser commands, no PIN is asked: --force lets someone in past the
 * door's rules, recorded as forced with --by and --reason.
 */
import type { Counts, ScanResult } from '../../shared/contract.js';
import { freePlaces } from '../../shared/door-day.js';
import type { RegistrantStatus } from '../../shared/domain.js';
import type { ForcedAdmission } from '../../shared/event-log.js';
import { text, type UiTextKey } from '../../shared/i18n.js';
import { identifyCodeSync } from '../core/checkin.js';
import type { Core } from '../core/core.js';
import { admitForcedSync, releaseWaitlistSync, waitlistAdmitSync } from '../core/door-day/admissions.js';
import { waitlistQueueSync } from '../core/door-day/door-state.js';
import { exitSync } from '../core/door-day/exit.js';
import { setNoteSync } from '../core/door-day/notes.js';
import { walkInSync } from '../core/door-day/walk-in.js';
import { momentText, parse, print, UsageError, withCore, type Command, type Invocation } from './cli-support.js';

/** Who lets someone in past the rules when the command line does not say: the organiser at their own machine. */
const DEFAULT_OVERRIDE_BY = 'Arrangøren (kommandolinjen)';

/** Where an event is recorded: the command line's --kiosk and --station. */
const PLACE_OPTIONS = { kiosk: { type: 'string' }, station: { type: 'string' } } as const;

function placeOf(inv: Invocation): { kioskName?: string; station?: string } {
  return { kioskName: inv.values.kiosk as string | undefined, station: inv.values.station as string | undefined };
}

/** The override --force gives, or undefined without it. */
function overrideOf(inv: Invocation): ForcedAdmission | undefined {
  if (inv.values.force !== true) return undefined;
  return { by: (inv.values.by as string | undefined) ?? DEFAULT_OVERRIDE_BY, reason: (inv.values.reason as string | undefined) ?? '' };
}

/** A verdict in one line: welcome and already need no more than their titles, the waitlisted's place follows on the next line. */
const HEADLINE = {
  welcome: 'verdictWelcome',
  welcome_back: 'verdictWelcomeBack',
  already: 'verdictAlready',
  waitlisted: 'verdictWaitlistedLine',
  cancelled: 'verdictCancelledLine',
  invalid: 'verdictInvalidLine',
  wrong_event: 'verdictWrongEventLine',
  full: 'verdictFull',
  admitted_from_waitlist: 'verdictAdmittedFromWaitlist',
  goodbye: 'verdictGoodbye',
  not_inside: 'verdictNotInside',
} as const satisfies Record<ScanResult['verdict'], UiTextKey>;

/** What a verdict at the door prints for people: the verdict, who and their first arrival, then where they wait, the room, and their note. */
export function describeDoorResult(result: ScanResult): string {
  const who = result.registrant ? `: ${result.registrant.name}${result.registrant.organisation ? ` (${result.registrant.organisation})` : ''}` : '';
  const first = result.firstArrival ? ` – kom ${momentText(result.firstArrival.at)} ved ${result.firstArrival.kiosk}` : '';
  const forced = result.forced ? ` – ${text('verdictForced')}` : '';
  const lines = [`${text(HEADLINE[result.verdict])}${who}${first}${forced}`];
  if (result.verdict === 'waitlisted' && result.queue) lines.push(text('verdictWaitingLine', { position: result.queue.position, since: momentText(result.queue.since) }));
  if (result.verdict === 'full' && result.door) lines.push(text('verdictFullLine', { inside: result.door.inside, capacity: result.door.capacity ?? '' }));
  if (result.door) lines.push(insideText(result.door.inside, result.door.capacity));
  if (result.note) lines.push(text('doorNote', { note: result.note }));
  return lines.join('\n');
}

function insideText(inside: number, capacity: number | null): string {
  return capacity === null ? text('doorInsideNoLimit', { inside }) : text('doorInside', { inside, capacity });
}

/** The door's figures of a full day in one line, for `innsjekk counts`. */
export function doorDayCountsLine(counts: Counts): string {
  const over = counts.overCapacity > 0 ? ` (${text('doorOverCapacity', { over: counts.overCapacity })})` : '';
  return (
    `Inne: ${insideText(counts.inside, counts.capacity)}${over}; utganger: ${counts.exits}, inn igjen: ${counts.reentries}; ` +
    `registrert ved døren: ${counts.walkIns}; fra ventelisten: ${counts.waitlistAdmitted}, venter ved døren: ${counts.waitingAtDoor}; ` +
    `sluppet inn med PIN-kode: ${counts.forced}`
  );
}

/** The registrant a code names, or a UsageError saying it names nobody. */
function registrantOfCodeSync(core: Core, code: string): { readonly id: string; readonly status: RegistrantStatus } {
  const identified = identifyCodeSync(core, core.requireEventSync(), code);
  if (identified.row === null) throw new UsageError(`Koden «${code.slice(0, 40)}» gjelder ingen på deltakerlisten: ${text(HEADLINE[identified.refused])}.`);
  return identified.row;
}

export const exitCommand: Command = (args) => {
  const inv = parse(args, PLACE_OPTIONS);
  if (inv.positionals.length !== 1) throw new UsageError('Bruk «innsjekk exit KODE».');
  const result = withCore(inv, (core) => exitSync(core, inv.positionals[0]!, placeOf(inv)));
  print(inv, result, describeDoorResult(result));
};

export const admitCommand: Command = (args) => {
  const inv = parse(args, { ...PLACE_OPTIONS, reason: { type: 'string' }, force: { type: 'boolean', default: false }, by: { type: 'string' } });
  if (inv.positionals.length > 1) throw new UsageError('Bruk «innsjekk admit [KODE] [--reason TEKST] [--force --by NAVN]»: uten kode slipper den inn den neste i køen.');
  const [code] = inv.positionals;
  const override = overrideOf(inv);
  const reason = inv.values.reason as string | undefined;
  const result = withCore(inv, (core) => {
    const registrant = code === undefined ? undefined : registrantOfCodeSync(core, code);
    // Someone not waitlisted, with --force: past a full room; without it, the queue's rules say why not.
    if (override && registrant && registrant.status !== 'waitlisted') return admitForcedSync(core, registrant.id, override, placeOf(inv));
    return waitlistAdmitSync(core, { registrantId: registrant?.id, reason, override }, placeOf(inv));
  });
  print(inv, result, describeDoorResult(result));
};

export const waitlistCommand: Command = (args) => {
  const inv = parse(args, { release: { type: 'boolean', default: false } });
  if (inv.positionals.length > 0) throw new UsageError('Bruk «innsjekk waitlist [--release]».');
  const queue = withCore(inv, (core) => (inv.values.release === true ? releaseWaitlistSync(core) : waitlistQueueSync(core)));
  const free = freePlaces(queue.door);
  const state = queue.released
    ? text('queueReleased', { free: free ?? '∞' })
    : queue.door.waitlistReleaseAt
      ? text('queueReleasedAt', { time: momentText(queue.door.waitlistReleaseAt) })
      : text('queueNotReleased');
  const lines = queue.queue.length === 0 ? [text('queueEmpty')] : queue.queue.map((q) => `${q.position}. ${q.registrant.name}${q.registrant.organisation ? ` (${q.registrant.organisation})` : ''}, venter siden ${momentText(q.since)}  [${q.registrant.id}]`);
  print(inv, queue, [state, insideText(queue.door.inside, queue.door.capacity), ...lines].join('\n'));
};

export const walkInCommand: Command = (args) => {
  const inv = parse(args, {
    ...PLACE_OPTIONS,
    name: { type: 'string' },
    organisation: { type: 'string' },
    email: { type: 'string' },
    force: { type: 'boolean', default: false },
    by: { type: 'string' },
    reason: { type: 'string' },
  });
  if (inv.positionals.length > 0) throw new UsageError('Bruk «innsjekk walk-in --name NAVN [--organisation ORG] [--email E-POST]».');
  const input = { name: (inv.values.name as string | undefined) ?? '', organisation: (inv.values.organisation as string | undefined) ?? null, email: (inv.values.email as string | undefined) ?? null };
  const { result, code } = withCore(inv, (core) => walkInSync(core, input, overrideOf(inv), placeOf(inv)));
  print(inv, { ...result, code }, [text('walkInRegistered', { name: result.registrant!.name }), `ID: ${result.registrant!.id}`, text('walkInCode', { code }), describeDoorResult(result)].join('\n'));
};

export const noteCommand: Command = (args) => {
  const inv = parse(args, { clear: { type: 'boolean', default: false } });
  const [id, ...words] = inv.positionals;
  const clear = inv.values.clear === true;
  if (id === undefined || clear === words.length > 0) throw new UsageError('Bruk «innsjekk note ID TEKST» eller «innsjekk note ID --clear».');
  const noted = withCore(inv, (core) => setNoteSync(core, id, clear ? null : words.join(' ')));
  print(inv, noted, noted.note === null ? `Ingen merknad på ${noted.registrantId} lenger.` : `Merknad på ${noted.registrantId}: ${noted.note}`);
};
