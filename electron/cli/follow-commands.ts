/**
 * The attendee list from the registration system's address: `innsjekk import
 * URL` once, or with --follow until the event starts, and `serve --follow URL`
 * doing the same inside the kiosk (or hub) process.
 */
import type { ImportSummary } from '../../shared/contract.js';
import { UserError } from '../../shared/i18n.js';
import type { ColumnMapping } from '../../shared/import-mapping.js';
import { Core } from '../core/core.js';
import { eventStartSync, fetchListOnce, listAddress, type CheckResult, type ListSource } from '../core/import/follow-list.js';
import type { KioskServerOptions, RunningKiosk } from '../kiosk-server.js';
import { info, momentText, print, UsageError, type Invocation } from './cli-support.js';

/** The longest wait between checks: a day. */
const MAX_FOLLOW_MINUTES = 24 * 60;
/** How often `serve --follow` checks unless told. */
const DEFAULT_SERVE_FOLLOW_MINUTES = '5';

/** Minutes between checks as an option gives them; fractions allowed. */
function followMinutes(value: unknown, option: string): number {
  const minutes = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(minutes > 0 && minutes <= MAX_FOLLOW_MINUTES)) {
    throw new UsageError(`${option} må være et antall minutter større enn 0 og høyst ${MAX_FOLLOW_MINUTES}, for eksempel ${option} 5.`);
  }
  return minutes;
}

/** The list's source: the address checked at once, the token from --token or else INNSJEKK_LIST_TOKEN. */
function listSource(inv: Invocation, url: string, mapping?: ColumnMapping): ListSource {
  listAddress(url);
  const token = (inv.values.token as string | undefined) || process.env.INNSJEKK_LIST_TOKEN || undefined;
  return { url, token, mapping };
}

/** `--allow-cancel N`: how many cancellations the organiser confirms; undefined when not given. */
export function allowCancelOption(inv: Invocation): number | undefined {
  const value = inv.values['allow-cancel'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,7}$/.test(value)) {
    throw new UsageError('--allow-cancel må være antallet som kan avmeldes, et helt tall (for eksempel --allow-cancel 12).');
  }
  return Number(value);
}

/** Runs an import; one refused for want of confirmed cancellations says how to confirm them. */
export async function withCancelHint<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof UserError) || error.key !== 'importNeedsCancelConfirmation') throw error;
    info(error.message);
    throw new UserError('importAllowCancelHint', { count: error.params.count ?? 0 });
  }
}

/** The lines that flag what the organiser should look at: shared and invalid emails, more confirmed than the room. */
function flagLines({ flags }: ImportSummary): string[] {
  return [
    ...flags.sharedEmails.map((s) => `  Samme e-post for flere: ${s.email} (${s.names.join(', ')})`),
    ...flags.invalidEmails.map((e) => `  Ugyldig e-post på rad ${e.row}: ${e.email} (${e.name})`),
    ...(flags.overCapacity ? [`  Flere påmeldte (${flags.overCapacity.confirmed}) enn plasser (${flags.overCapacity.capacity})`] : []),
  ];
}

/** What `import` prints: the counts, each rejected row and each flag on a line of its own, and the next step. */
export function printImportSummary(inv: Invocation, summary: ImportSummary, dryRun: boolean): void {
  const { added, updated, unchanged, cancelled, rejected } = summary;
  const arrivedLine = summary.cancelledArrived > 0 ? [`  ${summary.cancelledArrived} av de avmeldte har kommet; oppmøtet deres står fortsatt i tallene og rapporten.`] : [];
  const next = dryRun
    ? 'Neste steg: kjør uten --dry-run for å lese inn listen.'
    : 'Neste steg: «innsjekk codes --out koder/» lager QR-kodene, «innsjekk mail …» sender dem, og «innsjekk serve» starter kiosken.';
  const lines = [
    `${dryRun ? 'Prøvekjøring – ingenting er lagret. ' : ''}${countsText(summary)}`,
    ...arrivedLine,
    ...rejected.map((r) => `  rad ${r.row}: ${r.reason.message}`),
    ...flagLines(summary),
    next,
  ];
  print(inv, { added, updated, unchanged, cancelled, rejected }, lines.join('\n'));
}

function countsText({ added, updated, unchanged, cancelled, rejected }: ImportSummary): string {
  return `Nye: ${added}, endret: ${updated}, uendret: ${unchanged}, avmeldt: ${cancelled}, avvist: ${rejected.length}`;
}

/** One check as one line for people. */
function describeCheck(result: CheckResult): string {
  const time = momentText(result.at);
  if (result.outcome === 'changed') return `${time} Listen er endret og lest inn (versjon ${result.listRevision}). ${countsText(result.summary)}`;
  if (result.outcome === 'unchanged') return `${time} Listen er uendret (versjon ${result.listRevision}).`;
  return `${time} ${result.error.message}`;
}

/** One check as one JSON line. */
function checkJson(result: CheckResult): string {
  const { at, outcome, listRevision } = result;
  if (result.outcome === 'changed') {
    const { added, updated, unchanged, cancelled, rejected } = result.summary;
    return JSON.stringify({ at, outcome, listRevision, added, updated, unchanged, cancelled, rejected });
  }
  return JSON.stringify(result.outcome === 'failed' ? { at, outcome, listRevision, error: result.error.message } : { at, outcome, listRevision });
}

function eventStartedText(start: Date): string {
  const when = start.toLocaleString('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' });
  return `Arrangementet har startet (${when}), så listen følges ikke lenger. Kjør «innsjekk import» igjen hvis listen endres senere.`;
}

/** Checks every interval, a line per check, until the event starts or Ctrl-C: a kiosk running only to follow the list. */
async function followUntilStart(inv: Invocation, source: ListSource, intervalMinutes: number): Promise<void> {
  const { KioskRuntime } = await import('../kiosk-runtime.js');
  const runtime = await KioskRuntime.start({
    dataDir: inv.dataDir,
    follow: { source, intervalMinutes, onResult: (result) => process.stdout.write(`${inv.json ? checkJson(result) : describeCheck(result)}\n`) },
  });
  info(`Følger listen på ${listAddress(source.url).shown} hvert ${intervalMinutes}. minutt til arrangementet starter. Stopp med Ctrl-C.`);
  const stop = (): void => void runtime.followed?.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    if ((await runtime.followed!.finished) === 'stopped') return;
    const text = eventStartedText(eventStartSync(runtime.core));
    // With --json, stdout holds only the check lines.
    if (inv.json) info(text);
    else process.stdout.write(`${text}\n`);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await runtime.stop();
  }
}

/** `innsjekk import URL [--follow MINUTES] [--token TOKEN]`: once with the usual summary, or followed. */
export async function importFromUrl(inv: Invocation, url: string, mapping: ColumnMapping, dryRun: boolean, allowCancel: number | undefined): Promise<void> {
  const source = listSource(inv, url, mapping);
  const interval = inv.values.follow === undefined ? null : followMinutes(inv.values.follow, '--follow');
  if (interval !== null && dryRun) throw new UsageError('--follow og --dry-run kan ikke brukes sammen. Prøv først med bare --dry-run.');
  if (interval !== null && allowCancel !== undefined) {
    throw new UsageError('--allow-cancel gjelder én import: en fulgt liste som ville avmeldt mange, eller noen som har kommet, leses aldri inn uten deg. Les den inn én gang med --allow-cancel, og følg den så.');
  }
  if (interval !== null) return followUntilStart(inv, source, interval);
  const core = Core.openSync(inv.dataDir);
  try {
    const result = await fetchListOnce(core, source, { force: true, dryRun, allowCancel });
    if (result.outcome === 'failed') throw result.error;
    // Forced, a check always reads the list in.
    if (result.outcome === 'changed') printImportSummary(inv, result.summary, dryRun);
  } finally {
    core.closeSync();
  }
}

/** What `serve --follow URL [--follow-minutes N] [--token T]` asks of the kiosk server; a line per check on stderr, as stdout holds serve's one line. */
export function serveFollowOption(inv: Invocation): KioskServerOptions['follow'] {
  const url = inv.values.follow as string | undefined;
  if (url === undefined) {
    if (inv.values['follow-minutes'] !== undefined || inv.values.token !== undefined) throw new UsageError('--follow-minutes og --token brukes bare sammen med --follow ADRESSE.');
    return undefined;
  }
  const intervalMinutes = followMinutes(inv.values['follow-minutes'] ?? DEFAULT_SERVE_FOLLOW_MINUTES, '--follow-minutes');
  return { source: listSource(inv, url), intervalMinutes, onResult: (result) => info(describeCheck(result)) };
}

/** Says on stderr when a served kiosk stops following because the event has started. */
export function reportFollowEnd(kiosk: RunningKiosk): void {
  void kiosk.follow?.finished.then((end) => {
    if (end === 'eventStarted') info(eventStartedText(eventStartSync(kiosk.core)));
  });
}
