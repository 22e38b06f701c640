/**
 * The stations with the command: the kiosk's station, the cloakroom (hand
 * in, collect, find, list, undo, and every bad tag number), the lunch counter
 * (dietary needs, a second lunch, without a code, undo) and the counts.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloakResult, GuestTags, TagView, LunchResult, ResponseOf, StationCounts } from '../../shared/contract.js';
import { CLI_TEST_TIMEOUT, expectBadInput, initEvent, runCli, runCliJson } from '../helpers/cli.js';
import { csvBytes, readCsvFile, writeFile } from '../helpers/csv.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

/** What `innsjekk counts --json` prints: the head counts and the stations'. */
type Counts = ResponseOf<'counts'> & StationCounts;

/** A list with the dietary column, as a registration form exports it. */
const LIST = csvBytes([
  ['Påmeldingsnummer', 'Navn', 'Organisasjon', 'Status', 'Allergier'],
  ['2001', 'Ingrid Ødegård', 'Vågå kommune', 'Påmeldt', 'Glutenfri, laktosefri'],
  ['2002', 'Åsmund Berg', 'Tromsø kommune', 'Påmeldt', 'glutenfri'],
  ['2003', 'Per Hansen', 'Ås kommune', 'Påmeldt', ''],
  ['2004', 'Kari Nordmann', 'Bodø kommune', 'Påmeldt', 'Vegetar'],
]);

describe('innsjekk station, cloak, lunch and counts', { timeout: CLI_TEST_TIMEOUT }, () => {
  const dataDir = tempDir();
  let otherEventCode = '';

  const cli = (args: readonly string[]) => runCli(args, { dataDir });
  const json = <T>(args: readonly string[]) => runCliJson<T>(args, { dataDir });
  const cloakIn = (tag: string, code?: string) => json<CloakResult>(['cloak', 'in', tag, ...(code === undefined ? [] : [code]), '--kiosk', 'Garderobe 1']);
  const cloakOut = (tag: string) => json<CloakResult>(['cloak', 'out', tag, '--kiosk', 'Garderobe 1']);
  const lunch = (...args: string[]) => json<LunchResult>(['lunch', '--station', 'lunsj', '--kiosk', 'Lunsj 1', ...args]);
  const counts = () => json<Counts>(['counts']);

  beforeAll(async () => {
    const files = tempDir();
    const otherDir = tempDir();
    await Promise.all([initEvent(dataDir), initEvent(otherDir, 'Et annet arrangement')]);
    await Promise.all([
      runCliJson(['import', writeFile(files, 'deltakere.csv', LIST)], { dataDir }),
      runCliJson(['import', writeFile(files, 'andre.csv', LIST)], { dataDir: otherDir }),
    ]);
    await runCliJson(['codes', '--out', path.join(files, 'koder')], { dataDir: otherDir });
    otherEventCode = readCsvFile(path.join(files, 'koder', 'codes.csv'))[0]!.code!;
  }, CLI_TEST_TIMEOUT);

  it('works the entrance until moved; refuses an unknown station and a cloakroom action elsewhere, recording nothing', async () => {
    expect(await json(['station'])).toEqual({ station: 'inngang' });
    expectBadInput(await cli(['station', 'bar']), 'Stasjonen «bar» finnes ikke. Velg en av disse: inngang, garderobe, lunsj, utgang.');
    expectBadInput(await cli(['cloak', 'in', '5', '2001']), 'Denne kiosken står på stasjonen «inngang», ikke «garderobe».');
    expectBadInput(await cli(['lunch', '2001', '--station', 'garderobe']), 'står på stasjonen «garderobe», ikke «lunsj»');
    expect(await json(['station', 'garderobe'])).toEqual({ station: 'garderobe' });
    expect((await counts()).cloak.handedIn).toBe(0);
  });

  it('refuses every bad tag number with what to do, recording nothing', async () => {
    const refusals = await Promise.all(['0', '1000000000', '801', 'abc', '', ' ', '12a', '3.5'].map((tag) => cloakIn(tag, '2001')));
    expect(refusals.map((r) => [r.verdict, r.tag])).toEqual([
      ['tag_out_of_range', 0],
      ['tag_out_of_range', 1000000000],
      ['tag_out_of_range', 801],
      ['bad_tag', null],
      ['bad_tag', null],
      ['bad_tag', null],
      ['bad_tag', null],
      ['bad_tag', null],
    ]);
    // A negative number looks like an option: refused as a tag all the same, and read as one after «--».
    expectBadInput(await cli(['cloak', 'in', '-3', '2001']), '«-3» er ikke et merkenummer: merkene er hele tall fra 1 og oppover. Ingenting er registrert.');
    const afterDashes = await runCli(['cloak', 'in', '--json', '--', '-3', '2001'], { dataDir, dataDirFlag: false });
    expect(afterDashes.json<CloakResult>()).toMatchObject({ verdict: 'tag_out_of_range', tag: -3 });
    const human = await runCli(['cloak', 'out', '--', '-3'], { dataDir, dataDirFlag: false });
    expect(human.stdout).toBe('Merke -3 finnes ikke: garderoben har merkene 1–800. Sjekk nummeret på merket. Ingenting er registrert.\n');
    expect((await cli(['cloak', 'out', 'abc'])).stdout).toContain('«abc» er ikke et merkenummer. Skriv eller skann tallet på merket (1–800).');
    // The organiser's range: 1–300 from now on; a range that is none is refused.
    expectBadInput(await cli(['settings', 'cloakTags=300-1']), 'Merkenumrene «300-1» er ikke et gyldig område.');
    expectBadInput(await cli(['settings', 'cloakTags=1-1000000']), 'Merkenumrene «1-1000000» er ikke et gyldig område.');
    await json(['settings', 'cloakTags=1-300']);
    expect(await cloakIn('301', '2001')).toMatchObject({ verdict: 'tag_out_of_range', tag: 301, range: { first: 1, last: 300 } });
    expect((await counts()).cloak).toMatchObject({ handedIn: 0, hanging: 0 });
  });

  it('hands in two tags for one guest and one without a code, refuses a tag in use and a code that names nobody', async () => {
    expect(await cloakIn('214', '2001')).toMatchObject({ verdict: 'ok', tag: 214, owner: { name: 'Ingrid Ødegård', organisation: 'Vågå kommune' }, kiosk: 'Garderobe 1' });
    expect((await cli(['cloak', 'in', '215', '2001', '--kiosk', 'Garderobe 1'])).stdout).toBe('Merke 215 – Ingrid Ødegård (Vågå kommune)\n');
    expect(await cloakIn('7')).toMatchObject({ verdict: 'ok', tag: 7, owner: null });
    const inUse = await cloakIn('214', '2002');
    expect(inUse).toMatchObject({ verdict: 'tag_in_use', tag: 214, owner: { name: 'Åsmund Berg' }, handIns: [{ tag: 214, owner: { name: 'Ingrid Ødegård' } }] });
    expect(await cloakIn('20', 'IJ:ikke-en-kode')).toMatchObject({ verdict: 'invalid', owner: null });
    expect(await cloakIn('20', '9999')).toMatchObject({ verdict: 'invalid', owner: null });
    expect(await cloakIn('20', otherEventCode)).toMatchObject({ verdict: 'wrong_event', owner: null });
    expect((await counts()).cloak).toMatchObject({ handedIn: 3, collected: 0, hanging: 3, flagged: [] });
  });

  it('finds a guest\'s tags by code or name, and lists what hangs with the hand-ins without a code', async () => {
    const byCode = await json<GuestTags[]>(['cloak', 'find', '2001']);
    expect(byCode.map((g) => [g.owner.name, g.tags.map((t) => t.tag)])).toEqual([['Ingrid Ødegård', [214, 215]]]);
    const byName = await json<GuestTags[]>(['cloak', 'find', 'ødegård']);
    expect(byName.map((g) => [g.owner.name, g.tags.map((t) => t.tag)])).toEqual([['Ingrid Ødegård', [214, 215]]]);
    expect(await json<GuestTags[]>(['cloak', 'find', 'Åsmund'])).toMatchObject([{ owner: { name: 'Åsmund Berg' }, tags: [] }]);
    const hanging = await json<(TagView & { ownerLeft: boolean | null })[]>(['cloak', 'list', '--uncollected']);
    expect(hanging.map((t) => [t.tag, t.owner?.name ?? null, t.ownerLeft])).toEqual([[7, null, null], [214, 'Ingrid Ødegård', false], [215, 'Ingrid Ødegård', false]]);
    // Ingrid comes in and goes out: the list says her tags' owner has left.
    expect(await json(['scan', '2001', '--kiosk', 'Inngang 1'])).toMatchObject({ verdict: 'welcome' });
    expect(await json(['exit', '2001', '--kiosk', 'Inngang 1'])).toMatchObject({ verdict: 'goodbye' });
    const left = await json<(TagView & { ownerLeft: boolean | null })[]>(['cloak', 'list', '--uncollected']);
    expect(left.map((t) => [t.tag, t.ownerLeft])).toEqual([[7, null], [214, true], [215, true]]);
    expect((await cli(['cloak', 'list', '--uncollected'])).stdout).toMatch(/214 {2}Ingrid Ødegård.*, eieren har gått\n/);
  });

  it('collects a tag, then refuses it as not hanging, and one never handed in', async () => {
    const collected = await cloakOut('214');
    expect(collected).toMatchObject({ verdict: 'ok', tag: 214, owner: { name: 'Ingrid Ødegård' }, handIns: [{ tag: 214, kiosk: 'Garderobe 1' }] });
    expect(collected.handIns[0]!.collectedAt).toBe(collected.at);
    expect(await cloakOut('214')).toMatchObject({ verdict: 'not_hanging', tag: 214, owner: null });
    expect(await cloakOut('99')).toMatchObject({ verdict: 'not_hanging', tag: 99 });
    expect((await cli(['cloak', 'out', '99'])).stdout).toContain('Merke 99 henger ikke i garderoben');
    const all = await json<TagView[]>(['cloak', 'list']);
    expect(all.map((t) => [t.tag, t.collectedAt !== null])).toEqual([[7, false], [214, true], [215, false]]);
    // Collected, the tag is free for the next guest.
    expect(await cloakIn('214', '2002')).toMatchObject({ verdict: 'ok', owner: { name: 'Åsmund Berg' } });
  });

  it('undoes a wrong hand-in: the tag no longer hangs, and the undo keeps its reason', async () => {
    expect(await json(['cloak', 'undo', '--kiosk', 'Garderobe 1', '--reason', 'feil merke'])).toMatchObject({ undone: { kind: 'cloak_in', tag: 214, owner: { name: 'Åsmund Berg' } } });
    expect((await json<GuestTags[]>(['cloak', 'find', '2002']))[0]!.tags).toEqual([]);
    const undos = readRawSync(dataDir, (db) => db.prepare("SELECT station, details FROM log WHERE kind = 'undo'").all());
    expect(undos).toEqual([{ station: 'garderobe', details: expect.stringContaining('"reason":"feil merke"') as string }]);
    expect(await cloakOut('214')).toMatchObject({ verdict: 'not_hanging' });
    // Another kiosk name has nothing of its own to undo.
    expect(await json(['cloak', 'undo', '--kiosk', 'Garderobe 2'])).toEqual({ undone: null });
    expect((await counts()).cloak).toMatchObject({ handedIn: 3, collected: 1, hanging: 2 });
  });

  it('serves lunch with the dietary needs, says when the guest was never checked in, and warns of a second lunch before serving it', async () => {
    await json(['scan', '2001', '--kiosk', 'Inngang 1']);
    await json(['scan', '2002', '--kiosk', 'Inngang 1']);
    await json(['scan', '2004', '--kiosk', 'Inngang 1']);
    const first = await lunch('2001');
    expect(first).toMatchObject({ verdict: 'ok', registrant: { name: 'Ingrid Ødegård' }, dietary: ['Glutenfri', 'Laktosefri'], checkedIn: true, again: false, earlier: [] });
    const warned = await lunch('2001');
    expect(warned).toMatchObject({ verdict: 'second_lunch', again: false, earlier: [{ at: first.at, kiosk: 'Lunsj 1' }], dietary: ['Glutenfri', 'Laktosefri'] });
    expect((await cli(['lunch', '2001', '--station', 'lunsj'])).stdout).toMatch(/^Ingrid Ødegård: Fikk lunsj \d\d:\d\d ved Lunsj 1\./);
    expect(await lunch('2001', '--again')).toMatchObject({ verdict: 'ok', again: true, earlier: [{ at: first.at }] });
    const notCheckedIn = await cli(['lunch', '2003', '--station', 'lunsj', '--kiosk', 'Lunsj 1']);
    expect(notCheckedIn.stdout).toBe('Lunsj til Per Hansen\nIngen matbehov oppgitt\nIkke sjekket inn ved inngangen\n');
    expect(await lunch('--anonymous')).toMatchObject({ verdict: 'ok', registrant: null, checkedIn: null });
    expect(await lunch('IJ:ikke-en-kode')).toMatchObject({ verdict: 'invalid', registrant: null });
    expect(await lunch(otherEventCode)).toMatchObject({ verdict: 'wrong_event', registrant: null });
    expectBadInput(await cli(['lunch', '--station', 'lunsj']), 'Bruk «innsjekk lunch KODE [--again]» eller «innsjekk lunch --anonymous».');
    expectBadInput(await cli(['lunch', '2001', '--anonymous', '--station', 'lunsj']), 'Bruk «innsjekk lunch KODE');
  });

  it('counts the cloakroom and the lunch counter, with the kitchen summary among those arrived; a lunch undone counts no more', async () => {
    expect((await counts()).lunch).toEqual({
      served: 4,
      anonymous: 1,
      secondServings: 1,
      expected: 3,
      leftToServe: 2,
      notCheckedIn: 1,
      dietary: [
        { need: 'Glutenfri', expected: 2, served: 1 },
        { need: 'Laktosefri', expected: 1, served: 1 },
        { need: 'Vegetar', expected: 1, served: 0 },
      ],
    });
    expect(await lunch('--undo', '--reason', 'feil knapp')).toMatchObject({ undone: { registrant: null } });
    expect(await lunch('--undo')).toMatchObject({ undone: { registrant: { name: 'Per Hansen' } } });
    const after = await counts();
    expect(after).toMatchObject({ total: 4, arrived: 3, lunch: { served: 2, anonymous: 0, secondServings: 1, leftToServe: 2, notCheckedIn: 0 } });
    expect(after.cloak).toMatchObject({
      handedIn: 3,
      collected: 1,
      hanging: 2,
      flagged: [],
      uncollected: [
        { tag: 7, registrant: null, kiosk: 'Garderobe 1' },
        { tag: 215, registrant: { name: 'Ingrid Ødegård' }, kiosk: 'Garderobe 1' },
      ],
      
    });
    const human = (await cli(['counts'])).stdout;
    expect(human).toContain('Garderobe: 3 levert inn, 1 hentet, 2 henger nå');
    expect(human).toContain('Glutenfri: 1 av 2 har spist');
    expect(human).toContain('2 inne har ikke spist ennå (3 ventet: inne nå, eller har spist)');
  });
});
