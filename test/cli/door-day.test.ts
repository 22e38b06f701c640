/**
 * The door on a full day with the command: capacity and waitlistRelease as
 * settings, exit and re-entry, the full room and --force, the queue at the
 * door and its release, walk-ins (and a lunch by their new code), notes, and
 * every bad input, each refused with a message and nothing recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LunchResult, ResponseOf, ScanResult, StationCounts, WaitlistQueue } from '../../shared/contract.js';
import { CLI_TEST_TIMEOUT, expectBadInput, initEvent, runCli, runCliJson } from '../helpers/cli.js';
import { csvBytes, writeFile } from '../helpers/csv.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

/** What `innsjekk counts --json` prints. */
type Counts = ResponseOf<'counts'> & StationCounts;

const LIST = csvBytes([
  ['Påmeldingsnummer', 'Navn', 'Organisasjon', 'Status', 'Merknad'],
  ['3001', 'Ingrid Ødegård', 'Vågå kommune', 'Påmeldt', 'Må vise legitimasjon'],
  ['3002', 'Åsmund Berg', 'Tromsø kommune', 'Påmeldt', ''],
  ['3003', 'Per Venter', 'Ås kommune', 'Venteliste', ''],
  ['3004', 'Siri Venter', 'Bodø kommune', 'Venteliste', ''],
]);

describe('innsjekk exit, admit, waitlist, walk-in, note and the counts of a full day', { timeout: CLI_TEST_TIMEOUT }, () => {
  const dataDir = tempDir();
  const files = tempDir();
  const cli = (args: readonly string[]) => runCli(args, { dataDir });
  const json = <T>(args: readonly string[]) => runCliJson<T>(args, { dataDir });
  const counts = () => json<Counts>(['counts']);
  const logSize = () => readRawSync(dataDir, (db) => db.prepare('SELECT COUNT(*) FROM log').pluck().get()) as number;

  /** Expects the command refused as bad input with the message, and nothing recorded. */
  async function refused(args: readonly string[], message: string): Promise<void> {
    const before = logSize();
    expectBadInput(await cli(args), message);
    expect(logSize()).toBe(before);
  }

  beforeAll(async () => {
    await initEvent(dataDir);
    await runCliJson(['import', writeFile(files, 'deltakere.csv', LIST)], { dataDir });
  }, CLI_TEST_TIMEOUT);

  it('sets the capacity and the release time as settings, refusing 0, a negative number and text', async () => {
    await refused(['settings', 'capacity=0'], 'Kapasiteten «0» er ikke et gyldig antall. Skriv et helt tall større enn 0.');
    await refused(['settings', 'capacity=-3'], 'Kapasiteten «-3» er ikke et gyldig antall.');
    await refused(['settings', 'capacity=mange'], 'Kapasiteten «mange» er ikke et gyldig antall.');
    await refused(['settings', 'waitlistRelease=kvart over ti'], 'må skrives TT:MM, for eksempel 10:15');
    // The day is yet to come, so its release time has not come either.
    expect(await json(['settings', 'capacity=2', 'waitlistRelease=10:15', 'date=2099-03-12'])).toMatchObject({ capacity: '2', waitlistRelease: '10:15' });
    expect(await counts()).toMatchObject({ capacity: 2, inside: 0 });
  });

  it('lets a guest out and in again, shows the note, and says full at capacity until --force lets one more in', async () => {
    const first = await json<ScanResult>(['scan', '3001', '--kiosk', 'Inngang 1']);
    expect(first).toMatchObject({ verdict: 'welcome', note: 'Må vise legitimasjon' });
    expect((await cli(['exit', '3001'])).stdout).toContain('Ha det bra: Ingrid Ødegård');
    expect((await json<ScanResult>(['scan', '3001', '--kiosk', 'Inngang 2'])).verdict).toBe('welcome_back');
    expect((await json<ScanResult>(['scan', '3002'])).verdict).toBe('welcome');
    const walkInRefused = await cli(['walk-in', '--name', 'Nils Nykommer']);
    expectBadInput(walkInRefused, 'Salen er full (2 av 2 inne). Ingenting er registrert.');
    expect(await counts()).toMatchObject({ inside: 2, exits: 1, reentries: 1, arrived: 2 });
  });

  it('queues the waitlisted, refuses admission before the release and for someone not waitlisted, and admits with --force', async () => {
    const waiting = await json<ScanResult>(['scan', '3004']);
    expect(waiting).toMatchObject({ verdict: 'waitlisted', queue: { position: 1 } });
    expect((await cli(['scan', '3003'])).stdout).toContain('nummer 2 i køen ved døren');
    const queue = await json<WaitlistQueue>(['waitlist']);
    expect(queue).toMatchObject({ released: false, door: { waitlistReleaseAt: '2099-03-12T09:15:00.000Z' }, queue: [{ position: 1, registrant: { name: 'Siri Venter' } }, { position: 2, registrant: { name: 'Per Venter' } }] });
    await refused(['admit'], 'Ventelisten er ikke frigitt ennå. Ingenting er registrert.');
    await refused(['admit', '3002'], 'Åsmund Berg står ikke på ventelisten. Ingenting er registrert.');
    await refused(['admit', '3003', '--force'], 'Skriv hvem som slipper inn og hvorfor');
    const forced = await json<ScanResult>(['admit', '3003', '--force', '--reason', 'taler kl. 11', '--by', 'Ingrid']);
    expect(forced).toMatchObject({ verdict: 'admitted_from_waitlist', forced: true, registrant: { name: 'Per Venter' } });
    expect(await counts()).toMatchObject({ inside: 3, waitlistAdmitted: 1, waitingAtDoor: 1, forced: 1, overCapacity: 1 });
  });

  it('releases the waitlist by hand; free places then decide', async () => {
    await runCliJson(['settings', 'capacity=5'], { dataDir });
    const released = await json<WaitlistQueue>(['waitlist', '--release']);
    expect(released).toMatchObject({ released: true, freePlaces: 2 });
    expect(await json<ScanResult>(['admit', '--reason', 'neste i køen'])).toMatchObject({ verdict: 'admitted_from_waitlist', registrant: { name: 'Siri Venter' } });
    await refused(['admit'], 'Ingen står i køen ved døren.');
  });

  it('registers a walk-in with their code, which the lunch counter takes; refuses no name, a 10 kB name and a bad email', async () => {
    await refused(['walk-in'], 'Skriv navnet på personen som skal registreres. Ingenting er registrert.');
    await refused(['walk-in', '--name', 'x'.repeat(10_000)], 'Navnet er 10000 tegn langt; høyst 200 er tillatt.');
    await refused(['walk-in', '--name', 'Nils', '--email', 'nils@'], '«nils@» er ikke en gyldig e-postadresse.');
    const walkIn = await json<ScanResult & { code: string }>(['walk-in', '--name', 'Nils Nykommer', '--organisation', 'Lesja kommune', '--email', 'nils@lesja.kommune.no']);
    expect(walkIn).toMatchObject({ verdict: 'welcome', registrant: { name: 'Nils Nykommer', organisation: 'Lesja kommune' } });
    expect(walkIn.code).toMatch(/^W-[0-9A-Z]{8}-\d+$/);
    const lunch = await json<LunchResult>(['lunch', walkIn.code, '--station', 'lunsj']);
    expect(lunch).toMatchObject({ verdict: 'ok', registrant: { name: 'Nils Nykommer' }, checkedIn: true });
    expect(await counts()).toMatchObject({ walkIns: 1, inside: 5, registered: 5 });
    // A new import of the list leaves the walk-in as they are.
    await runCliJson(['import', writeFile(files, 'deltakere.csv', LIST)], { dataDir });
    expect((await json<ScanResult>(['exit', walkIn.code])).verdict).toBe('goodbye');
  });

  it('sets and clears a note by registrant id', async () => {
    const id = readRawSync(dataDir, (db) => db.prepare("SELECT id FROM registrant WHERE ref = '3002'").pluck().get()) as string;
    expect(await json(['note', id, 'VIP', '—', 'hent', 'vertskap'])).toEqual({ registrantId: id, note: 'VIP — hent vertskap' });
    expect((await cli(['exit', '3002'])).stdout).toContain('Merknad: VIP — hent vertskap');
    expect(await json(['note', id, '--clear'])).toEqual({ registrantId: id, note: null });
    await refused(['note', id], 'Bruk «innsjekk note ID TEKST» eller «innsjekk note ID --clear».');
    await refused(['note', id, 'z'.repeat(600)], 'Merknaden er 600 tegn lang; høyst 500 er tillatt.');
  });
});
