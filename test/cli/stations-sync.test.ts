/**
 * The stations across kiosk processes: two cloakroom kiosks apart hand out
 * the same tag, and after sync both hand-ins are kept and the tag flagged on
 * every kiosk, with both owners; lunches served apart are counted the same
 * on every kiosk once synced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloakResult, LunchResult } from '../../shared/contract.js';
import { cliHubAndTwoKiosks } from '../helpers/cli-cluster.js';
import { demoConfirmedRefs } from '../helpers/kiosk-cluster.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const CLUSTER_TIMEOUT = 120_000;


describe('stations on kiosks apart, as separate processes', { timeout: CLUSTER_TIMEOUT }, () => {
  const refs = demoConfirmedRefs();
  const { dirs, run, counts, syncAll, start, stop } = cliHubAndTwoKiosks('Garderobe');

  beforeAll(start, CLUSTER_TIMEOUT);
  afterAll(stop);

  it('keeps both hand-ins of a tag handed out at two kiosks apart, and flags it on every kiosk with both owners', async () => {
    // One after the other, so A's is the earlier hand-in; neither kiosk hears of the other's until they sync.
    const atA = await run<CloakResult>(dirs.A, ['cloak', 'in', '214', refs[0]!, '--station', 'garderobe']);
    const atB = await run<CloakResult>(dirs.B, ['cloak', 'in', '214', refs[1]!, '--station', 'garderobe']);
    expect([atA.verdict, atB.verdict]).toEqual(['ok', 'ok']);
    await syncAll();

    const all = await Promise.all([dirs.hub, dirs.A, dirs.B].map(counts));
    for (const { cloak } of all) {
      expect(cloak).toMatchObject({ handedIn: 2, collected: 0, hanging: 2, flagged: [214] });
      expect(cloak.uncollected.map((u) => [u.tag, u.registrant?.name, u.kiosk]).sort()).toEqual(
        [
          [214, atA.owner!.name, 'Garderobe A'],
          [214, atB.owner!.name, 'Garderobe B'],
        ].sort(),
      );
    }
    expect(all[1]!.cloak).toEqual(all[0]!.cloak);
    expect(all[2]!.cloak).toEqual(all[0]!.cloak);

    // Either kiosk now refuses the tag, naming both owners; collecting it hands back the earlier hand-in and names the other.
    const refused = await run<CloakResult>(dirs.A, ['cloak', 'in', '214', refs[2]!, '--station', 'garderobe']);
    expect(refused).toMatchObject({ verdict: 'tag_in_use' });
    expect(refused.handIns.map((h) => h.owner?.name).sort()).toEqual([atA.owner!.name, atB.owner!.name].sort());
    const collected = await run<CloakResult>(dirs.B, ['cloak', 'out', '214', '--station', 'garderobe']);
    expect(collected).toMatchObject({ verdict: 'ok', owner: { name: atA.owner!.name }, handIns: [{ owner: { name: atA.owner!.name } }, { owner: { name: atB.owner!.name }, collectedAt: null }] });
    await syncAll();
    for (const { cloak } of await Promise.all([dirs.hub, dirs.A, dirs.B].map(counts))) {
      expect(cloak).toMatchObject({ handedIn: 2, collected: 1, hanging: 1, flagged: [], uncollected: [{ tag: 214, registrant: { name: atB.owner!.name }, kiosk: 'Garderobe B' }] });
    }
  });

  it('counts lunches served apart the same on every kiosk after sync, the kitchen summary too', async () => {
    await run(dirs.hub, ['scan', refs[3]!]);
    await run(dirs.hub, ['scan', refs[4]!]);
    const lunch = (dir: string, ...args: string[]) => run<LunchResult>(dir, ['lunch', ...args, '--station', 'lunsj']);
    // Both kiosks serve refs[3] while apart: neither knows of the other's, so both are first servings.
    expect((await lunch(dirs.A, refs[3]!)).verdict).toBe('ok');
    expect((await lunch(dirs.B, refs[3]!)).verdict).toBe('ok');
    expect((await lunch(dirs.B, '--anonymous')).verdict).toBe('ok');
    expect((await lunch(dirs.A, refs[5]!)).checkedIn).toBe(false);
    await syncAll();

    const all = await Promise.all([dirs.hub, dirs.A, dirs.B].map(counts));
    expect(all[0]!.lunch).toMatchObject({ served: 4, anonymous: 1, secondServings: 0, expected: 2, leftToServe: 1, notCheckedIn: 1 });
    expect(all[1]!.lunch).toEqual(all[0]!.lunch);
    expect(all[2]!.lunch).toEqual(all[0]!.lunch);
    // Once synced, a kiosk warns of the lunch the other served.
    expect(await lunch(dirs.A, refs[3]!)).toMatchObject({ verdict: 'second_lunch', earlier: [{ kiosk: expect.stringMatching(/^Garderobe [AB]$/) as string }, {}] });
  });
});
