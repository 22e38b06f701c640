/**
 * The information desk on the command line (`innsjekk desk`: check in or
 * undo an arrival by hand, correct a name or organisation), and the check
 * that `init` is not given a date already passed by mistake.
 */
import type { RegistrantRow } from '../../shared/contract.js';
import { text, UserError } from '../../shared/i18n.js';
import { isIsoDate } from '../core/core.js';
import { deskCheckInSync, deskCorrectSync, deskUndoArrivalSync } from '../core/desk.js';
import { askAtTerminal, info, momentText, parse, print, UsageError, withCore, type Command, type Invocation } from './cli-support.js';

/** Today's date in Oslo, YYYY-MM-DD (Canadian English writes dates so). */
const OSLO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Refuses an event date that is not a real calendar date written YYYY-MM-DD,
 * saying plainly when it is written right but does not exist (2027-02-30):
 * the core's own refusal says only how to write a date.
 */
export function checkEventDate(date: string): void {
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) ?? [];
  if (year === undefined || isIsoDate(date)) return;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) throw new UserError('monthDoesNotExist', { value: date, month: monthNumber });
  const days = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  throw new UserError('dateDoesNotExist', { value: date, day: Number(day), month: monthNumber, year: Number(year), days });
}

/**
 * A date already passed asks the organiser to confirm it (or --yes); where
 * nobody can be asked (no terminal), it is said on stderr and taken.
 */
export async function checkPastDate(inv: Invocation, date: string): Promise<void> {
  const today = OSLO_DATE.format(Date.now());
  if (inv.values.yes === true || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date >= today) return;
  const passed = text('pastEventDate', { date, today });
  const answer = await askAtTerminal(`${passed} Opprette arrangementet likevel?`);
  if (answer === false) throw new UsageError(`${passed} Ingenting er opprettet. Skriv riktig dato, eller bekreft den med --yes.`);
  if (answer === null) info(`Merk: ${passed} Arrangementet opprettes likevel; bruk --yes når datoen er ment.`);
}

/** A registrant after the desk's change, as a line for people. */
function registrantLine(row: RegistrantRow): string {
  const organisation = row.organisation ? ` (${row.organisation})` : '';
  return `${row.name}${organisation}: ${row.arrivedAt ? `kom ${momentText(row.arrivedAt)}` : 'ikke kommet'}`;
}

const DESK_USAGE = 'Bruk «innsjekk desk checkin ID --reason TEKST», «innsjekk desk undo ID --reason TEKST» eller «innsjekk desk correct ID [--name NAVN] [--organisation VIRKSOMHET]»; id-en viser «innsjekk search».';

/** `innsjekk desk checkin|undo|correct ID`: the information desk's actions, each an event in the log. */
export const deskCommand: Command = (args) => {
  const inv = parse(args, { reason: { type: 'string' }, name: { type: 'string' }, organisation: { type: 'string' } });
  const [action, id, ...rest] = inv.positionals;
  if (id === undefined || rest.length > 0) throw new UsageError(DESK_USAGE);
  const reason = (inv.values.reason as string | undefined) ?? '';
  if (action === 'checkin') {
    const row = withCore(inv, (core) => deskCheckInSync(core, id, reason));
    return print(inv, row, `Sjekket inn for hånd: ${registrantLine(row)}`);
  }
  if (action === 'undo') {
    const row = withCore(inv, (core) => deskUndoArrivalSync(core, id, reason));
    return print(inv, row, `Ankomsten er angret: ${registrantLine(row)}`);
  }
  if (action === 'correct') {
    const correction = { name: inv.values.name as string | undefined, organisation: inv.values.organisation as string | undefined };
    const row = withCore(inv, (core) => deskCorrectSync(core, id, correction));
    return print(inv, row, `Rettet: ${registrantLine(row)}`);
  }
  throw new UsageError(DESK_USAGE);
};
