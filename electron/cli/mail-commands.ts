/**
 * The `settings` and `mail` commands: the event's settings, and sending the
 * confirmation emails with the QR code.
 */
import path from 'node:path';
import type { EventSettings } from '../../shared/domain.js';
import { UserError } from '../../shared/i18n.js';
import { Core } from '../core/core.js';
import type { MailFailure, MailStatus } from '../core/mail/send.js';
import { info, parse, print, progressBar, UsageError, withCore } from './cli-support.js';
import { recordWrittenFileSync } from '../core/privacy/privacy-state.js';

function describeSettings(settings: EventSettings): string {
  return Object.entries(settings)
    .map(([key, value]) => (value.includes('\n') ? `${key}:\n${value.replace(/^/gm, '  ')}` : `${key}: ${value}`))
    .join('\n');
}

function failureLines(failed: readonly MailFailure[]): string[] {
  if (failed.length === 0) return [];
  return [
    `${failed.length} fikk ikke e-post:`,
    ...failed.map((f) => `  ${f.id}: ${f.reason.message}`),
    'Se hvem det gjelder med «innsjekk report», rett opp (for eksempel e-postadressen i påmeldingslisten, og importer på nytt) og kjør «innsjekk mail» igjen.',
  ];
}

function describeStatus(status: MailStatus): string {
  return [`Sendt: ${status.sent}, i kø: ${status.queued}, feilet: ${status.failed.length}`, ...failureLines(status.failed)].join('\n');
}

/** `innsjekk settings [KEY=VALUE …]`: shows the event's settings, after changing the given ones. */
export async function settingsCommand(args: string[]): Promise<void> {
  const inv = parse(args, {});
  const changes: Record<string, string> = {};
  for (const entry of inv.positionals) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(`Skriv innstillinger som NØKKEL=VERDI, for eksempel starts=10:00; «${entry.slice(0, 40)}» har ingen nøkkel før likhetstegnet.`);
    changes[entry.slice(0, eq).trim()] = entry.slice(eq + 1);
  }
  const { eventSettingsSync, updateEventSettingsSync } = await import('../core/event-settings.js');
  const changed = inv.positionals.length > 0;
  const settings = withCore(inv, (core) => (changed ? updateEventSettingsSync(core, changes) : eventSettingsSync(core)));
  if (changed) info(`Lagret: ${Object.keys(changes).join(', ')}`);
  print(inv, settings, describeSettings(settings));
}

const RATE = /^\d+(\.\d+)?$/;

/**
 * `innsjekk mail`: sends everyone's confirmation (or waitlist) email over
 * SMTP or into a folder of .eml files, resuming where the last run stopped;
 * `--status` tells where the emails stand.
 */
export async function mailCommand(args: string[]): Promise<void> {
  const inv = parse(args, {
    from: { type: 'string' },
    smtp: { type: 'string' },
    'eml-dir': { type: 'string' },
    only: { type: 'string' },
    rate: { type: 'string' },
    status: { type: 'boolean', default: false },
  });
  if (inv.positionals.length > 0) throw new UsageError(`«innsjekk mail» tar bare valg, ikke «${inv.positionals[0]!.slice(0, 40)}».`);
  const send = await import('../core/mail/send.js');
  if (inv.values.status === true) {
    const status = withCore(inv, (core) => send.mailStatusSync(core));
    print(inv, status, describeStatus(status));
    return;
  }
  const from = inv.values.from as string | undefined;
  const smtp = inv.values.smtp as string | undefined;
  const emlDir = inv.values['eml-dir'] as string | undefined;
  const rateText = inv.values.rate as string | undefined;
  if (!from) throw new UsageError('Oppgi avsenderen med --from ADRESSE, for eksempel --from "Lokaldemokratikonferansen <post@example.no>".');
  if ((smtp === undefined) === (emlDir === undefined)) {
    throw new UsageError('Oppgi enten --smtp URL for å sende, eller --eml-dir MAPPE for å skrive e-postene som filer.');
  }
  if (rateText !== undefined && !(RATE.test(rateText) && Number(rateText) > 0)) throw new UserError('badMailRate', { value: rateText });

  const { emlTransport, smtpTransport } = await import('../core/mail/transport.js');
  const transport = smtp !== undefined ? smtpTransport(smtp) : emlTransport(path.resolve(emlDir!));
  // Ctrl-C lets the emails on their way finish and be recorded, so none is sent twice.
  const abort = new AbortController();
  const onInterrupt = (): void => abort.abort();
  process.once('SIGINT', onInterrupt);
  let core: Core | undefined;
  try {
    core = Core.openSync(inv.dataDir);
    if (emlDir !== undefined) recordWrittenFileSync(core, { path: path.resolve(emlDir), kind: 'eml', fromScreens: false });
    const run = send.startMailRun(core, {
      from,
      transport,
      only: inv.values.only as string | undefined,
      rate: rateText === undefined ? undefined : Number(rateText),
      onProgress: progressBar(smtp !== undefined ? 'Sender e-post' : 'Skriver e-post'),
      signal: abort.signal,
    });
    const summary = await run.finished;
    const done =
      summary.total === 0
        ? 'Ingen e-poster å sende: alle har fått sin.'
        : smtp !== undefined
          ? `Sendte ${summary.sent} av ${summary.total} e-poster.`
          : `Skrev ${summary.sent} av ${summary.total} e-poster til ${path.resolve(emlDir!)}.`;
    print(inv, summary, [done, ...failureLines(summary.failed)].join('\n'));
  } finally {
    process.off('SIGINT', onInterrupt);
    transport.close();
    core?.closeSync();
  }
}
