#!/usr/bin/env node
/**
 * The `innsjekk` command: the organiser's and the tests' way into the core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PIN, EVENT_SETTING_KEYS, NEW_PIN_PATTERN, REGISTRANT_FIELDS, type RegistrantField } from '../shared/domain.js';
import { UserError } from '../shared/i18n.js';
import type { ColumnMapping } from '../shared/import-mapping.js';
import { REPORT_FORMATS } from '../shared/report/report-model.js';
import { REPORT_TABLE_NAMES } from '../shared/report/report-tables.js';
import { Core } from './core/core.js';
import { recordWrittenFileSync } from './core/privacy/privacy-state.js';
import { writePrivateFileSync } from './core/private-files.js';
import {
  EXIT_BAD_INPUT,
  EXIT_FAILURE,
  EXIT_OK,
  info,
  momentText,
  nearestName,
  onePositional,
  parse,
  print,
  progressBar,
  UsageError,
  withCore,
  withNewCore,
  type Command,
  type Invocation,
} from './cli/cli-support.js';
import type { KioskServerOptions, ListenAddress, RunningKiosk } from './kiosk-server.js';

/** A command whose module loads only when it runs, so `innsjekk --help` and the others stay quick to start. */
function lazy<M>(load: () => Promise<M>, pick: (module: M) => Command): Command {
  return async (args) => pick(await load())(args);
}

const USAGE = `Bruk: innsjekk KOMMANDO [valg]

Kommandoer:
  init --name NAVN --date ÅÅÅÅ-MM-DD --pin PIN        Opprett arrangementet, nøklene og PIN-koden
       [--capacity N] [--yes]                         for arrangørsidene (6–12 sifre); --yes: en passert dato er ment
  pin PIN                                             Sett eller bytt PIN-koden for arrangørsidene på denne maskinen
  import FIL [--dry-run] [--map felt=Kolonne …]       Les inn deltakerlisten (CSV, XLSX eller JSON)
       [--allow-cancel N]                             … og avmeld inntil N som mangler i listen (trengs når mange,
                                                      eller noen som har kommet, ville blitt avmeldt)
  import ADRESSE [--follow MINUTTER] [--token NØKKEL] Hent listen fra påmeldingssystemet (http:// eller https://);
                                                      med --follow: hent på nytt til arrangementet starter
  codes --out MAPPE                                   Lag QR-koder (PNG og SVG) og codes.csv
  scan KODE [--kiosk NAVN] [--station NAVN]           Registrer en skanning
  undo [--kiosk NAVN] [--reason TEKST]                Angre siste innsjekking på kiosken
  search TEKST                                        Søk på navn eller organisasjon
  report [--format pdf|xlsx|csv|json] [--out FIL]    Oppmøterapporten (CSV og JSON uten --out: på stdout)
         [--anonymous] [--table NAVN] [--lang nb|en]
  station [NAVN]                                      Vis eller bytt kioskens stasjon (inngang, garderobe, lunsj, utgang)
  cloak in MERKE [KODE] / cloak out MERKE             Garderoben: lever inn (med gjestens kode) / lever ut
  cloak find KODE|NAVN                                Gjestens merker som henger
  cloak list [--uncollected]                          Alle merker (bare de som henger med --uncollected)
  cloak undo [--reason TEKST]                         Angre kioskens siste innlevering eller utlevering
  lunch KODE [--again] / lunch --anonymous            Server lunsj (en gang til med --again) / uten kode
  lunch --undo [--reason TEKST]                       Angre kioskens siste lunsj
  counts                                              Tall for påmeldte, kommet, inne, garderoben og lunsjen
  exit KODE                                           Registrer at gjesten går ut (inne-tallet går ned)
  admit [KODE] [--reason TEKST]                       Slipp inn fra køen ved døren (uten kode: den neste)
        [--force --by NAVN --reason TEKST]            … eller forbi fullt / før ventelisten er frigitt
  waitlist [--release]                                Køen ved døren (og frigi ventelisten nå)
  walk-in --name NAVN [--organisation ORG]            Registrer og slipp inn en som ikke er påmeldt;
          [--email E-POST] [--force …]                skriver ut koden gjesten får
  note ID TEKST / note ID --clear                     Merknad til sikkerhetskontrollen (eller fjern den)
  desk checkin|undo ID --reason TEKST                 Informasjonsdisken: sjekk inn eller angre ankomsten for hånd
  desk correct ID [--name NAVN] [--organisation V]    Rett et feilstavet navn eller en virksomhet (synkroniseres)
  serve [--port N] [--host H]                         Start kiosken i nettleseren (og HTTP-API-et)
  serve --hub [--host H] [--port N] [--kiosk-port N]  Del arrangementet med andre kiosker (HTTPS) og vær selv kiosk
        [--follow ADRESSE [--follow-minutes N]]       … og følg listen i påmeldingssystemet (hvert 5. minutt)
  start [--port N]                                    Start kiosken (Electron, ellers i nettleseren)
  pair [--url URL]                                    Vis tilkoblingskoden (og QR-koden) for nye kiosker
  join KODE [--kiosk NAVN]                            Koble denne kiosken til arrangørens kiosk
  sync --once                                         Synkroniser med arrangørens kiosk nå
  status                                              Vis synkroniseringsstatus
  conflicts                                           Vis hvem som er sluppet inn to ganger
  sync-export FIL / sync-import FIL                   Flytt hendelser med minnepinne når nettet er nede
  leave [--confirm-loss N]                            Forlat arrangementet (sletter kioskens data)
  purge [--confirm N]                                 Slett persondata om alle N påmeldte fra denne maskinen
  person ID / forget ID                               Vis alt om én person / slett personens persondata overalt
  demo                                                Fyll datamappen med et demoarrangement (PIN-kode ${DEMO_PIN})
  settings [NØKKEL=VERDI …]                           Vis eller endre arrangementets innstillinger
  mail --from ADRESSE (--smtp URL | --eml-dir MAPPE)  Send bekreftelsene med QR-kode; fortsetter der den slapp
       [--only ID] [--rate N]
  mail --status                                       Vis hvor mange e-poster som er sendt, i kø og feilet

Valg for alle kommandoer:
  --data-dir MAPPE   Datamappen (ellers INNSJEKK_DATA_DIR eller brukerens programdatamappe)
  --json             Maskinlesbar utdata på stdout; meldinger på stderr
  -h, --help         Vis denne hjelpen

Valg for cloak og lunch:
  --station NAVN     Stasjonen hendelsen registreres på (ellers kioskens egen; må være garderobe / lunsj)
  --kiosk NAVN       Kioskens navn i hendelsen (ellers kioskens eget)

Valg for mail:
  --smtp URL         smtp://bruker@vert:587 (STARTTLS) eller smtps://bruker@vert:465 (TLS);
                     passordet i URL-en eller i INNSJEKK_SMTP_PASSWORD
  --eml-dir MAPPE    Skriv e-postene som .eml-filer for ditt eget e-postsystem i stedet
  --only ID          Send på nytt til én deltaker
  --rate N           Høyst N e-poster per sekund

Valg for report:
  --format FORMAT    pdf (til utskrift), xlsx (ett ark per tabell), csv (én tabell) eller json (alt)
  --anonymous        Bare antall, til publisering: ingen navn, e-post eller organisasjoner;
                     antall fra 1 til 4 i en kommune, et fylke eller en organisasjonsgruppe vises som «<5»
  --table NAVN       Bare én tabell i CSV-en (ellers én rad per deltaker):
                     ${REPORT_TABLE_NAMES.join(', ')}
  --lang nb|en       Språket i rapporten (CSV på engelsk: komma i stedet for semikolon)

Valg for import fra adresse:
  --follow MINUTTER  Sjekk listen igjen så ofte og les den inn når den er endret, til arrangementet starter
  --token NØKKEL     Tilgangsnøkkel (Bearer) til påmeldingssystemet; helst i INNSJEKK_LIST_TOKEN,
                     som ikke synes i prosesslisten. Nøkkelen lagres ikke.

Felt for --map: ${REGISTRANT_FIELDS.join(', ')}
Innstillinger: ${EVENT_SETTING_KEYS.join(', ')}`;

function parseMapping(entries: string[] | undefined): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const entry of entries ?? []) {
    const eq = entry.indexOf('=');
    const field = eq > 0 ? entry.slice(0, eq).trim() : '';
    if (!(REGISTRANT_FIELDS as readonly string[]).includes(field)) {
      throw new UserError('unknownMappingField', { field: field || entry, fields: REGISTRANT_FIELDS.join(', ') });
    }
    mapping[field as RegistrantField] = entry.slice(eq + 1).trim();
  }
  return mapping;
}

/** A new PIN given on the command line: 6 to 12 digits, or a UsageError showing how to give one (`example`). */
function newPinOption(value: unknown, example: string): string {
  if (typeof value !== 'string') throw new UsageError(`Velg PIN-koden for arrangørsidene (6 til 12 sifre), for eksempel ${example}, og skriv den ned et trygt sted.`);
  if (!NEW_PIN_PATTERN.test(value)) throw new UsageError(`PIN-koden må være 6 til 12 sifre, for eksempel ${example}.`);
  return value;
}

const DEFAULT_PORT = 4680;

const DEFAULT_HUB_PORT = 4681;

function portOption(value: unknown): number {
  const port = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || port > 65535) throw new UsageError('Porten må være et tall mellom 0 og 65535.');
  return port;
}

/** INNSJEKK_SYNC_INTERVAL_MS, a whole number of milliseconds above 0 (tests shorten the wait); else the default. */
function syncIntervalFromEnv(): number | undefined {
  const ms = Number(process.env.INNSJEKK_SYNC_INTERVAL_MS);
  return Number.isSafeInteger(ms) && ms > 0 ? ms : undefined;
}

/** Serves the browser kiosk (and the hub, if asked) until the process is stopped. */
async function serveKiosk(inv: Invocation, listen: ListenAddress, hub?: ListenAddress, follow?: KioskServerOptions['follow']): Promise<RunningKiosk> {
  const { startKioskServer } = await import('./kiosk-server.js');
  const kiosk = await startKioskServer(inv.dataDir, listen, { hub, syncIntervalMs: syncIntervalFromEnv(), follow }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError('Porten er allerede i bruk (kjører Innsjekk allerede?). Velg en annen med --port.');
    }
    throw error;
  });
  const stop = (): void => {
    void kiosk.close().then(() => process.exit(EXIT_OK));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return kiosk;
}

/**
 * The kiosk's address as a person reads it on the terminal: with the event
 * key, said to be secret; where no person reads (the output goes to a file
 * or a log), without the key, and where to get the whole address.
 */
function addressForPeople(kiosk: RunningKiosk): string {
  if (!kiosk.core.eventSync()) return kiosk.kioskUrl;
  return process.stdout.isTTY
    ? `${kiosk.kioskUrl} (hemmelig: adressen inneholder arrangementsnøkkelen)`
    : `${kiosk.url}/ (hele adressen, med arrangementsnøkkelen, viser «innsjekk status»)`;
}

const commands: Readonly<Record<string, Command>> = {
  async init(args) {
    const inv = parse(args, {
      name: { type: 'string' },
      date: { type: 'string' },
      capacity: { type: 'string' },
      pin: { type: 'string' },
      yes: { type: 'boolean', default: false },
    });
    const capacityText = inv.values.capacity as string | undefined;
    const capacity = capacityText === undefined ? null : /^\d+$/.test(capacityText) ? Number(capacityText) : NaN;
    if (Number.isNaN(capacity)) throw new UserError('badCapacity', { value: capacityText ?? '' });
    // Checked before the event exists, so a typo leaves nothing half set up.
    const pin = newPinOption(inv.values.pin, '--pin 482193');
    const date = (inv.values.date as string | undefined) ?? '';
    const { checkEventDate, checkPastDate } = await import('./cli/desk-commands.js');
    checkEventDate(date);
    await checkPastDate(inv, date);
    const { createEventWithPinSync } = await import('./core/organiser-access.js');
    const event = withNewCore(inv, (core) => createEventWithPinSync(core, { name: (inv.values.name as string | undefined) ?? '', date, capacity }, pin));
    print(
      inv,
      { id: event.id, name: event.name, date: event.date, capacity: event.capacity, pinSet: true, dataDir: inv.dataDir },
      `Opprettet «${event.name}» (${event.date}) i ${inv.dataDir}. PIN-koden for arrangørsidene er satt.`,
    );
  },

  async pin(args) {
    const inv = parse(args, {});
    const pin = newPinOption(inv.positionals.length === 1 ? inv.positionals[0] : undefined, '«innsjekk pin 482193»');
    const { setPinSync } = await import('./core/organiser-access.js');
    withCore(inv, (core) => setPinSync(core, pin));
    print(inv, { pinSet: true, dataDir: inv.dataDir }, `PIN-koden for arrangørsidene i ${inv.dataDir} er satt. Bruk den neste gang arrangørsidene åpnes.`);
  },

  async import(args) {
    const inv = parse(args, {
      'dry-run': { type: 'boolean', default: false },
      map: { type: 'string', multiple: true },
      follow: { type: 'string' },
      token: { type: 'string' },
      'allow-cancel': { type: 'string' },
    });
    const file = onePositional(inv, 'fil eller adresse');
    const mapping = parseMapping(inv.values.map as string[] | undefined);
    const dryRun = inv.values['dry-run'] === true;
    const { allowCancelOption, importFromUrl, printImportSummary, withCancelHint } = await import('./cli/follow-commands.js');
    const allowCancel = allowCancelOption(inv);
    const { isListUrl } = await import('./core/import/follow-list.js');
    if (isListUrl(file)) return withCancelHint(() => importFromUrl(inv, file, mapping, dryRun, allowCancel));
    if (inv.values.follow !== undefined || inv.values.token !== undefined) {
      throw new UsageError('--follow og --token gjelder bare når listen hentes fra en adresse (http:// eller https://).');
    }
    const { importRegistrantsSync } = await import('./core/import/import-registrants.js');
    const { MAX_IMPORT_BYTES } = await import('./core/import/read-table.js');
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      throw new UserError('fileMissing', { file });
    }
    if (size > MAX_IMPORT_BYTES) {
      throw new UserError('fileTooLarge', { size: (size / 1048576).toFixed(1), limit: MAX_IMPORT_BYTES / 1048576 });
    }
    const bytes = fs.readFileSync(file);
    const summary = await withCancelHint(() => withCore(inv, (core) => importRegistrantsSync(core, bytes, { fileName: path.basename(file), mapping, dryRun, allowCancel })));
    printImportSummary(inv, summary, dryRun);
  },

  async codes(args) {
    const inv = parse(args, { out: { type: 'string' } });
    const out = inv.values.out as string | undefined;
    if (!out) throw new UsageError('Oppgi mappen kodene skal skrives til med --out MAPPE.');
    const { exportCodesToDir } = await import('./core/codes.js');
    const core = Core.openSync(inv.dataDir);
    try {
      const count = await exportCodesToDir(core, path.resolve(out), progressBar('Lager koder'));
      recordWrittenFileSync(core, { path: path.resolve(out), kind: 'codes', fromScreens: false });
      print(inv, { count, out: path.resolve(out) }, `Skrev ${count} koder til ${path.resolve(out)}`);
    } finally {
      core.closeSync();
    }
  },

  async scan(args) {
    const inv = parse(args, { kiosk: { type: 'string' }, station: { type: 'string' } });
    const code = onePositional(inv, 'kode');
    const { scanSync } = await import('./core/checkin.js');
    const { describeDoorResult } = await import('./cli/door-day-commands.js');
    const result = withCore(inv, (core) =>
      scanSync(core, code, { kioskName: inv.values.kiosk as string | undefined, station: inv.values.station as string | undefined }),
    );
    print(inv, result, describeDoorResult(result));
  },

  async undo(args) {
    const inv = parse(args, { kiosk: { type: 'string' }, reason: { type: 'string' } });
    const { undoLastCheckinSync } = await import('./core/checkin.js');
    const undone = withCore(inv, (core) =>
      undoLastCheckinSync(core, (inv.values.reason as string | undefined) ?? '', { kioskName: inv.values.kiosk as string | undefined }),
    );
    print(inv, { undone }, undone ? `Angret innsjekkingen av ${undone.name}` : 'Ingen innsjekking å angre på denne kiosken.');
  },

  async search(args) {
    const inv = parse(args, { limit: { type: 'string' } });
    const query = inv.positionals.join(' ');
    if (!query.trim()) throw new UsageError('Oppgi hva du søker etter.');
    const { searchSync } = await import('./core/registrants.js');
    const hits = withCore(inv, (core) => {
      core.requireEventSync();
      return searchSync(core, query, Number(inv.values.limit ?? 20) || 20);
    });
    const human = hits.length === 0 ? 'Ingen treff.' : hits.map((h) => `${h.id}  ${h.name}${h.organisation ? ` – ${h.organisation}` : ''}  [${h.status}${h.arrivedAt ? `, kom ${momentText(h.arrivedAt)}` : ''}]`).join('\n');
    print(inv, hits.map(({ id, name, organisation, status, arrivedAt }) => ({ id, name, organisation, status, arrivedAt })), human);
  },

  async report(args) {
    const inv = parse(args, {
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      anonymous: { type: 'boolean', default: false },
      table: { type: 'string' },
      lang: { type: 'string', default: 'nb' },
    });
    const { reportFile } = await import('./core/report/report-file.js');
    const format = REPORT_FORMATS.find((f) => f === (inv.values.format as string).toLowerCase());
    if (!format) throw new UsageError(`--format må være ${REPORT_FORMATS.join(', ')}.`);
    const tableText = (inv.values.table as string | undefined)?.toLowerCase();
    const table = REPORT_TABLE_NAMES.find((t) => t === tableText);
    if (tableText !== undefined && !table) throw new UsageError(`Ukjent tabell «${tableText}». Tabellene er: ${REPORT_TABLE_NAMES.join(', ')}.`);
    const language = (inv.values.lang as string).toLowerCase();
    if (language !== 'nb' && language !== 'en') throw new UsageError('--lang må være nb (norsk) eller en (engelsk).');
    const out = inv.values.out as string | undefined;
    if (!out && (format === 'pdf' || format === 'xlsx')) throw new UsageError(`${format.toUpperCase()} skrives til en fil: oppgi --out FIL.`);
    const anonymous = inv.values.anonymous === true;
    const core = Core.openSync(inv.dataDir);
    let file;
    try {
      file = await reportFile(core, { format, anonymous, table, language });
      // The anonymous report is made to be published; the others name people.
      if (out && !anonymous) recordWrittenFileSync(core, { path: path.resolve(out), kind: 'report', fromScreens: false });
    } finally {
      core.closeSync();
    }
    if (!out) {
      process.stdout.write(file.bytes);
      return;
    }
    writePrivateFileSync(out, file.bytes);
    info(`Skrev rapporten (${format.toUpperCase()}${anonymous ? ', anonymisert' : ''}) til ${out}`);
    if (inv.json) print(inv, { file: path.resolve(out), format, anonymous, bytes: file.bytes.length }, '');
  },

  async serve(args) {
    const inv = parse(args, {
      port: { type: 'string' },
      host: { type: 'string' },
      hub: { type: 'boolean', default: false },
      'kiosk-port': { type: 'string' },
      follow: { type: 'string' },
      'follow-minutes': { type: 'string' },
      token: { type: 'string' },
    });
    const { reportFollowEnd, serveFollowOption } = await import('./cli/follow-commands.js');
    const follow = serveFollowOption(inv);
    const hub = inv.values.hub === true;
    if (!hub && inv.values['kiosk-port'] !== undefined) throw new UsageError('--kiosk-port hører til --hub; uten --hub velger du kioskens port med --port.');
    const listen = hub
      ? { host: '127.0.0.1', port: portOption(inv.values['kiosk-port'] ?? String(DEFAULT_PORT)) }
      : { host: (inv.values.host as string | undefined) ?? '127.0.0.1', port: portOption(inv.values.port ?? String(DEFAULT_PORT)) };
    const hubListen = hub ? { host: (inv.values.host as string | undefined) ?? '0.0.0.0', port: portOption(inv.values.port ?? String(DEFAULT_HUB_PORT)) } : undefined;
    const kiosk = await serveKiosk(inv, listen, hubListen, follow);
    reportFollowEnd(kiosk);
    const pairingCode = kiosk.hubUrl ? (await import('./core/sync/sync-service.js')).pairingCodeOf(kiosk.core, kiosk.hubUrl) : null;
    // One line: the process keeps running, so a reader takes the first line as the whole answer.
    const shared = process.stdout.isTTY ? `tilkoblingskode (hemmelig): ${pairingCode}` : 'tilkoblingskoden viser «innsjekk pair»';
    const human = kiosk.hubUrl
      ? `Innsjekk kjører på ${addressForPeople(kiosk)} og deler arrangementet på ${kiosk.hubUrl} – ${shared}`
      : `Innsjekk kjører på ${addressForPeople(kiosk)}`;
    process.stdout.write(inv.json ? `${JSON.stringify({ url: kiosk.url, kioskUrl: kiosk.kioskUrl, hubUrl: kiosk.hubUrl, pairingCode })}\n` : `${human}\n`);
  },

  async start(args) {
    const inv = parse(args, { port: { type: 'string', default: String(DEFAULT_PORT) }, host: { type: 'string', default: '127.0.0.1' } });
    const { electronBinary, launchElectron } = await import('./launch.js');
    const binary = electronBinary();
    if (binary) {
      process.exitCode = await launchElectron(binary, inv.dataDir);
      return;
    }
    const kiosk = await serveKiosk(inv, { host: inv.values.host as string, port: portOption(inv.values.port) });
    // One line (on stderr with --json): the process keeps running, so a reader takes the first line as the whole answer.
    const notice = `Electron er ikke installert på denne maskinen, så kiosken kjører i nettleseren i stedet. Åpne ${addressForPeople(kiosk)} i en nettleser.`;
    if (inv.json) info(notice);
    process.stdout.write(inv.json ? `${JSON.stringify({ url: kiosk.url, kioskUrl: kiosk.kioskUrl })}\n` : `${notice}\n`);
  },

  settings: lazy(() => import('./cli/mail-commands.js'), (m) => m.settingsCommand),
  mail: lazy(() => import('./cli/mail-commands.js'), (m) => m.mailCommand),
  pair: lazy(() => import('./cli/sync-commands.js'), (m) => m.pairCommand),
  join: lazy(() => import('./cli/sync-commands.js'), (m) => m.joinCommand),
  sync: lazy(() => import('./cli/sync-commands.js'), (m) => m.syncCommand),
  status: lazy(() => import('./cli/sync-commands.js'), (m) => m.statusCommand),
  conflicts: lazy(() => import('./cli/sync-commands.js'), (m) => m.conflictsCommand),
  'sync-export': lazy(() => import('./cli/sync-commands.js'), (m) => m.syncExportCommand),
  'sync-import': lazy(() => import('./cli/sync-commands.js'), (m) => m.syncImportCommand),
  leave: lazy(() => import('./cli/sync-commands.js'), (m) => m.leaveCommand),
  station: lazy(() => import('./cli/station-commands.js'), (m) => m.stationCommand),
  cloak: lazy(() => import('./cli/station-commands.js'), (m) => m.cloakCommand),
  lunch: lazy(() => import('./cli/station-commands.js'), (m) => m.lunchCommand),
  counts: lazy(() => import('./cli/station-commands.js'), (m) => m.countsCommand),
  exit: lazy(() => import('./cli/door-day-commands.js'), (m) => m.exitCommand),
  admit: lazy(() => import('./cli/door-day-commands.js'), (m) => m.admitCommand),
  waitlist: lazy(() => import('./cli/door-day-commands.js'), (m) => m.waitlistCommand),
  'walk-in': lazy(() => import('./cli/door-day-commands.js'), (m) => m.walkInCommand),
  note: lazy(() => import('./cli/door-day-commands.js'), (m) => m.noteCommand),
  desk: lazy(() => import('./cli/desk-commands.js'), (m) => m.deskCommand),
  purge: lazy(() => import('./cli/privacy-commands.js'), (m) => m.purgeCommand),
  person: lazy(() => import('./cli/privacy-commands.js'), (m) => m.personCommand),
  forget: lazy(() => import('./cli/privacy-commands.js'), (m) => m.forgetCommand),

  async demo(args) {
    const inv = parse(args, {});
    const { createDemoEventSync } = await import('./core/demo.js');
    const summary = withCore(inv, (core) => createDemoEventSync(core));
    print(inv, summary, `Demoarrangementet «${summary.name}» er klart med ${summary.registrants} påmeldte i ${inv.dataDir}. PIN-koden for arrangørsidene er ${summary.pin}.`);
  },
};

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    // A usage error: stdout stays clean for whoever reads it.
    info(USAGE);
    return EXIT_BAD_INPUT;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (name.startsWith('-')) {
    info('Skriv kommandoen før valgene, for eksempel «innsjekk report --format csv --data-dir MAPPE». Se «innsjekk --help».');
    return EXIT_BAD_INPUT;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    const nearest = nearestName(name, Object.keys(commands));
    info(`Ukjent kommando «${name}».${nearest ? ` Mente du «innsjekk ${nearest}»?` : ''} Se «innsjekk --help».`);
    return EXIT_BAD_INPUT;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  try {
    await command(args);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      info(`${error.message} Se «innsjekk --help».`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof UserError) {
      info(error.message);
      return error.kind === 'input' ? EXIT_BAD_INPUT : EXIT_FAILURE;
    }
    info(`Noe gikk galt: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILURE;
  }
}

// A reader that stops early (`innsjekk report | head`) is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
