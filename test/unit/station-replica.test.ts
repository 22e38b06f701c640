/**
 * The station screens' verdicts from their copies (what hangs; the guests'
 * dietary needs and lunches), against the rules the core follows: the same
 * verdict for the same tag or guest, nothing where a copy cannot be sure,
 * and the copies kept as the core answers.
 */
import { describe, expect, it } from 'vitest';
import type { CloakResult, ScanResult, TagView } from '../../shared/contract.js';
import { handBackLookup, handInVerdict, hangingAfter, lunchCopyAfter, lunchCopyOf, lunchVerdict } from '../../shared/station-replica.js';

const RANGE = { first: 1, last: 800 } as const;
const HERE = { at: '2026-03-12T09:30:00.000Z', kiosk: 'Garderobe 1' } as const;
const KARI = { id: 'REG00001', name: 'Kari Ødegård', organisation: 'Bodø kommune' } as const;
const PER = { id: 'REG00002', name: 'Per Hansen', organisation: null } as const;

const hung = (tag: number, owner: TagView['owner'], minute: number): TagView => ({
  tag,
  owner,
  at: `2026-03-12T09:${String(minute).padStart(2, '0')}:00.000Z`,
  kiosk: 'Garderobe 1',
  collectedAt: null,
});
const HANGING: readonly TagView[] = [hung(214, KARI, 5), hung(7, null, 6), hung(9, PER, 8), hung(9, KARI, 7)];

describe('a hand-in from the copy', () => {
  it('is ok under a free tag, naming the guest (or none without a code)', () => {
    expect(handInVerdict(HANGING, RANGE, ' 215 ', PER, HERE)).toEqual({ verdict: 'ok', tag: 215, owner: PER, handIns: [], range: RANGE, ...HERE });
    expect(handInVerdict(HANGING, RANGE, '1', null, HERE)).toMatchObject({ verdict: 'ok', tag: 1, owner: null });
  });

  it('is refused under a tag that hangs, with what hangs there', () => {
    expect(handInVerdict(HANGING, RANGE, '214', PER, HERE)).toMatchObject({ verdict: 'tag_in_use', tag: 214, handIns: [{ tag: 214, owner: KARI }] });
  });

  it('refuses what is no tag number, or one outside the range, as the core does', () => {
    for (const input of ['', 'abc', '2.5', '12a']) expect(handInVerdict(HANGING, RANGE, input, KARI, HERE)?.verdict).toBe('bad_tag');
    expect(handInVerdict(HANGING, RANGE, '0', KARI, HERE)).toMatchObject({ verdict: 'tag_out_of_range', tag: 0, owner: null });
    expect(handInVerdict(HANGING, RANGE, '-3', KARI, HERE)).toMatchObject({ verdict: 'tag_out_of_range', tag: -3 });
    expect(handInVerdict(HANGING, RANGE, '1000000000', KARI, HERE)).toMatchObject({ verdict: 'tag_out_of_range', tag: 1_000_000_000 });
    expect(handInVerdict(HANGING, RANGE, 'abc', KARI, HERE)?.tag).toBeNull();
  });

  it('says nothing before the tag range is known', () => {
    expect(handInVerdict(HANGING, null, '215', KARI, HERE)).toBeNull();
  });
});

describe('a hand-back from the copy', () => {
  it('shows whose the tag is to confirm, the earliest hand-in first when kiosks apart handed it out twice', () => {
    expect(handBackLookup(HANGING, RANGE, '214', HERE)).toEqual({ kind: 'confirm', handIns: [HANGING[0]] });
    expect(handBackLookup(HANGING, RANGE, '9', HERE)).toEqual({ kind: 'confirm', handIns: [HANGING[3], HANGING[2]] });
  });

  it('leaves a tag not in the copy to the core, which may have heard of it since', () => {
    expect(handBackLookup(HANGING, RANGE, '215', HERE)).toBeNull();
    expect(handBackLookup(HANGING, null, '214', HERE)).toBeNull();
  });

  it('refuses what is no tag at once', () => {
    expect(handBackLookup(HANGING, RANGE, '801', HERE)).toMatchObject({ kind: 'refused', result: { verdict: 'tag_out_of_range', tag: 801 } });
    expect(handBackLookup(HANGING, RANGE, 'x', HERE)).toMatchObject({ kind: 'refused', result: { verdict: 'bad_tag', tag: null } });
  });
});

describe('the copy after the core answers', () => {
  const answer = (fields: Partial<CloakResult>): CloakResult => ({ verdict: 'ok', tag: 215, owner: PER, handIns: [], range: RANGE, ...HERE, ...fields });

  it('hangs what was handed in, and takes down the first of a tag collected', () => {
    const after = hangingAfter(HANGING, answer({}), true);
    expect(after).toEqual([...HANGING, { tag: 215, owner: PER, ...HERE, collectedAt: null }]);
    expect(handInVerdict(after, RANGE, '215', KARI, HERE)?.verdict).toBe('tag_in_use');
    const collected = hangingAfter(HANGING, answer({ tag: 9, owner: KARI, handIns: [{ ...HANGING[3]!, collectedAt: HERE.at }, HANGING[2]!] }), false);
    expect(collected).toEqual([HANGING[0], HANGING[1], HANGING[2]]);
  });

  it('keeps the copy as it was after a refusal', () => {
    expect(hangingAfter(HANGING, answer({ verdict: 'tag_in_use', tag: 214 }), true)).toBe(HANGING);
    expect(hangingAfter(HANGING, answer({ verdict: 'not_hanging', tag: 215 }), false)).toBe(HANGING);
  });
});

describe('a lunch from the copies', () => {
  const copy = lunchCopyOf({
    dietary: [{ registrantId: KARI.id, needs: ['Glutenfri', 'Laktosefri'] }],
    servings: [
      { registrantId: PER.id, at: '2026-03-12T11:42:00.000Z', kiosk: 'Lunsj 1' },
      { registrantId: PER.id, at: '2026-03-12T12:10:00.000Z', kiosk: 'Lunsj 2' },
    ],
  });
  const found = (verdict: ScanResult['verdict'], who: typeof KARI | typeof PER | null): ScanResult => ({
    verdict,
    registrant: who && { ...who, status: 'confirmed' },
    at: HERE.at,
    kiosk: HERE.kiosk,
  });

  it('serves a first lunch with the dietary needs, and says whether the guest was checked in at the entrance', () => {
    expect(lunchVerdict(copy, found('already', KARI), false, HERE)).toEqual({
      verdict: 'ok',
      registrant: KARI,
      ...HERE,
      dietary: ['Glutenfri', 'Laktosefri'],
      checkedIn: true,
      again: false,
      earlier: [],
    });
    expect(lunchVerdict(copy, found('welcome', KARI), false, HERE)).toMatchObject({ verdict: 'ok', checkedIn: false });
  });

  it('warns of a second lunch with the earlier ones, and serves it when asked again', () => {
    const earlier = [
      { at: '2026-03-12T11:42:00.000Z', kiosk: 'Lunsj 1' },
      { at: '2026-03-12T12:10:00.000Z', kiosk: 'Lunsj 2' },
    ];
    expect(lunchVerdict(copy, found('already', PER), false, HERE)).toMatchObject({ verdict: 'second_lunch', again: false, dietary: [], earlier });
    expect(lunchVerdict(copy, found('already', PER), true, HERE)).toMatchObject({ verdict: 'ok', again: true, earlier });
  });

  it("refuses a code the door's copy refuses, and waits for the core where that copy cannot say whether the guest arrived", () => {
    expect(lunchVerdict(copy, found('invalid', null), false, HERE)).toEqual({ verdict: 'invalid', registrant: null, ...HERE, dietary: [], checkedIn: null, again: false, earlier: [] });
    expect(lunchVerdict(copy, found('wrong_event', null), false, HERE)?.verdict).toBe('wrong_event');
    expect(lunchVerdict(copy, found('waitlisted', KARI), false, HERE)).toBeNull();
    expect(lunchVerdict(copy, found('cancelled', KARI), false, HERE)).toBeNull();
  });

  it("adds the core's lunch to the copy, so the next scan of the guest warns", () => {
    const served = lunchVerdict(copy, found('already', KARI), false, HERE)!;
    const after = lunchCopyAfter(copy, served);
    expect(lunchVerdict(after, found('already', KARI), false, HERE)).toMatchObject({ verdict: 'second_lunch', earlier: [{ at: HERE.at, kiosk: HERE.kiosk }] });
    expect(lunchCopyAfter(copy, { ...served, registrant: null })).toBe(copy);
  });
});
