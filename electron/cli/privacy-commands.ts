/**
 * The personal data commands: deleting it all from this machine (purge),
 * showing what is held about one person, and deleting one person's data on
 * every kiosk (forget).
 */
import { text } from '../../shared/i18n.js';
import type { LogEvent } from '../../shared/event-log.js';
import type { WrittenFile } from '../core/privacy/privacy-state.js';
import { personSync } from '../core/privacy/person.js';
import { forgetPersonSync, purgeSync } from '../core/privacy/purge.js';
import { info, momentText, onePositional, parse, print, UsageError, withCore, type Command } from './cli-support.js';

const FILE_KIND_TEXT = { report: 'writtenFileReport', codes: 'writtenFileCodes', 'sync-file': 'writtenFileSyncFile', eml: 'writtenFileEml' } as const;

/** The files the organiser is to delete, one a line. */
function fileLines(files: readonly WrittenFile[]): string[] {
  if (files.length === 0) return [text('writtenFilesNone')];
  return [
    `${text('writtenFilesTitle')}:`,
    ...files.map((f) => `  ${f.path}  (${text(FILE_KIND_TEXT[f.kind])}${f.fromScreens ? `, ${text('writtenFileFromScreens')}` : ''})`),
  ];
}

export const purgeCommand: Command = (args) => {
  const inv = parse(args, { confirm: { type: 'string' } });
  const confirmed = inv.values.confirm as string | undefined;
  if (confirmed !== undefined && !/^\d+$/.test(confirmed)) throw new UsageError('--confirm tar antallet personer som slettes, for eksempel --confirm 612.');
  const outcome = withCore(inv, (core) =>
    purgeSync(core, 'command', confirmed === undefined ? undefined : Number(confirmed), (step) =>
      info(step === 'deleting' ? 'Sletter persondataene …' : 'Skriver om databasefilene, så ingenting av det slettede blir liggende …'),
    ),
  );
  const { record } = outcome;
  const done = outcome.purgedNow
    ? `Persondata om ${record.people} personer er slettet fra denne maskinen. Den anonyme rapporten er lagret: «innsjekk report --anonymous».`
    : `Persondata ble slettet fra denne maskinen ${momentText(record.at)} (${record.people} personer). Filene er skrevet om.`;
  print(inv, outcome, [done, ...fileLines(outcome.files)].join('\n'));
};

function eventLine(e: LogEvent): string {
  return `  ${momentText(e.at)}  ${e.kind}  ${e.kioskName} (${e.station})  ${JSON.stringify(e.details)}`;
}

export const personCommand: Command = (args) => {
  const inv = parse(args, {});
  const id = onePositional(inv, 'ID (finn den med «innsjekk search NAVN»)');
  const person = withCore(inv, (core) => personSync(core, id));
  const r = person.registrant;
  const lines = [
    `${r.name || text('personForgottenName')} (${r.id})`,
    ...(
      [
        ['E-post', r.email],
        ['Organisasjon', r.organisation],
        ['Rolle', r.role],
        ['Status', r.status],
        ['Kostbehov', r.dietary],
        ['Påmeldingsnummer', r.ref],
        ['Strekkode', r.barcode],
        ['Kode', r.code],
        ['Kom', person.arrivedAt && momentText(person.arrivedAt)],
      ] as const
    )
      .filter(([, value]) => value)
      .map(([label, value]) => `  ${label}: ${value}`),
    `${text('personEvents')}:`,
    ...(person.events.length === 0 ? [`  ${text('personNoEvents')}`] : person.events.map(eventLine)),
    `${text('personMails')}:`,
    ...(person.mails.length === 0 ? [`  ${text('personNoMails')}`] : person.mails.map((m) => `  ${m.kind}: ${m.state} ${momentText(m.updatedAt)}`)),
  ];
  print(inv, person, lines.join('\n'));
};

export const forgetCommand: Command = (args) => {
  const inv = parse(args, {});
  const id = onePositional(inv, 'ID (finn den med «innsjekk search NAVN»)');
  const forgotten = withCore(inv, (core) => forgetPersonSync(core, id));
  if (inv.json) print(inv, forgotten, '');
  else info(`Persondata om ${id} er slettet her; de andre kioskene sletter sine kopier ved neste synkronisering. Tallene står.`);
};
