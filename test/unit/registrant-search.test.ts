import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegistrantStatus } from '../../shared/domain.js';
import { compareByName, MAX_SEARCH_WORDS, RegistrantIndex, spellingOf, tellingSpelling, type Searchable } from '../../shared/registrant-search.js';
import { foldForSearch, searchWords } from '../../shared/search-text.js';

/** A registrant whose organisation (and email, if given after it) is `extra`. */
function person(id: string, name: string, status: RegistrantStatus = 'confirmed', extra = ''): Searchable {
  return { id, name, organisation: extra || null, status, searchText: [name, extra].filter(Boolean).map(foldForSearch).join(' ') };
}

function indexOf(people: readonly Searchable[]): RegistrantIndex<Searchable> {
  return new RegistrantIndex([...people].sort(compareByName));
}

/** The ranking as specified, read off every registrant in name order: what the index must give, faster. */
function rankedByScan(byName: readonly Searchable[], query: string, limit: number): Searchable[] {
  const words = searchWords(query).slice(0, MAX_SEARCH_WORDS);
  const first = words[0];
  if (first === undefined || limit <= 0) return [];
  const spelling = tellingSpelling(query, words);
  const groups: Searchable[][] = Array.from({ length: 12 }, () => []);
  for (const entry of byName) {
    if (!words.every((w) => entry.searchText.includes(w))) continue;
    const spelledAlike = spelling === null || spelling.every((w) => spellingOf(entry).includes(w));
    const rank = entry.searchText.startsWith(first) ? 0 : entry.searchText.includes(` ${first}`) ? 1 : 2;
    groups[(spelledAlike ? 0 : 6) + rank * 2 + (entry.status === 'cancelled' ? 1 : 0)]!.push(entry);
  }
  return groups.flatMap((g) => g.slice(0, limit)).slice(0, limit);
}

describe('RegistrantIndex', () => {
  const people = [
    person('1', 'Kari Ødegård', 'confirmed', 'Bodø kommune kari@bodo.kommune.no'),
    person('2', 'Per Hansen'),
    person('3', 'Hans Perstad'),
    person('4', 'Åse Lærum', 'waitlisted', 'NIBR'),
    person('5', 'Perly Avmeldt', 'cancelled'),
    person('6', 'Ola Nordmann', 'confirmed', 'KS ola@ks.no'),
  ];
  const index = indexOf(people);
  const names = (query: string, limit?: number): string[] => index.search(query, limit).map((p) => p.name);

  it('needs every word, in any order, anywhere in name, organisation or email', () => {
    expect(names('bodo kari')).toEqual(['Kari Ødegård']);
    expect(names('kommune.no odeg')).toEqual(['Kari Ødegård']);
    expect(names('kari zzz')).toEqual([]);
  });

  it('ranks names starting with the first word first, the cancelled last within each group', () => {
    expect(names('per')).toEqual(['Per Hansen', 'Perly Avmeldt', 'Hans Perstad']);
    expect(names('per', 2)).toEqual(['Per Hansen', 'Perly Avmeldt']);
    expect(names('per', 0)).toEqual([]);
  });

  it('finds æ, ae and a alike, ø, oe and o, and å, aa and a, and puts the spelling typed first', () => {
    const nordic = indexOf([
      person('1', 'Kari Sæther'),
      person('2', 'Astrid Berg'),
      person('3', 'Åse Lie'),
      person('4', 'Åsmund Dahl'),
      person('5', 'Ola Aasen'),
      person('6', 'Per Ødegård', 'confirmed', 'Ås kommune'),
      person('7', 'Liv Oedegaard'),
    ]);
    const found = (query: string): string[] => nordic.search(query).map((p) => p.name);
    for (const query of ['sather', 'saether', 'sæther', 'SÆTHER']) expect(found(query), query).toEqual(['Kari Sæther']);
    expect(found('aas')[0]).toBe('Ola Aasen');
    expect(found('ås').slice(0, 3)).toEqual(['Åse Lie', 'Åsmund Dahl', 'Per Ødegård']);
    expect(found('ødegård')).toEqual(['Per Ødegård', 'Liv Oedegaard']);
    expect(found('oedegaard')).toEqual(['Liv Oedegaard', 'Per Ødegård']);
    expect(found('odegard')).toEqual(['Liv Oedegaard', 'Per Ødegård']);
  });

  it('counts every match, however many are shown', () => {
    expect(index.count('per')).toBe(3);
    expect(index.count('per hans')).toBe(2);
    expect(index.count('kommune.no odeg')).toBe(1);
    expect(index.count('zzz')).toBe(0);
    expect(index.count('')).toBe(0);
  });

  it('gives what a scan of the whole list gives, for any list and query', () => {
    const word = fc.stringMatching(/^[a-eoæøå]{1,4}$/);
    const entry = fc.record({
      name: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
      extra: fc.array(fc.stringMatching(/^[a-eoæøå@.0-9]{1,6}$/), { maxLength: 2 }).map((w) => w.join(' ')),
      status: fc.constantFrom<RegistrantStatus>('confirmed', 'waitlisted', 'cancelled'),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 240 }),
        fc.array(word, { minLength: 0, maxLength: 3 }).map((w) => w.join(' ')),
        fc.integer({ min: 1, max: 12 }),
        (entries, query, limit) => {
          const byName = entries.map((e, i) => person(`P${String(i).padStart(3, '0')}`, e.name, e.status, e.extra)).sort(compareByName);
          const index = new RegistrantIndex(byName);
          const ranked = rankedByScan(byName, query, limit);
          expect(index.search(query, limit)).toEqual(ranked);
          expect(index.count(query)).toBe(rankedByScan(byName, query, byName.length).length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
