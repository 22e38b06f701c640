/**
 * Finding registrants by name at the door: the one ranking that the core's
 * search and the door screen's own copy of the list both use, over an index
 * that keeps each keystroke's search to a fraction of a millisecond.
 */
import type { RegistrantStatus } from './domain.js';
import { searchWords, spellForSearch, spelledWords } from './search-text.js';

/** As many results as a search returns unless asked for fewer or more. */
export const DEFAULT_SEARCH_LIMIT = 20;
/** Words past this many are ignored: a longer query is no more precise. */
export const MAX_SEARCH_WORDS = 5;

/** What a search looks at in a registrant. */
export interface Searchable {
  readonly id: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly status: RegistrantStatus;
  /** Name and organisation, folded (doorSearchText). */
  readonly searchText: string;
}

const nameCollator = new Intl.Collator('nb', { sensitivity: 'base' });

/** The order the index wants its registrants in: by name as Norwegians sort, then by id. */
export function compareByName(a: Searchable, b: Searchable): number {
  return nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every character folded text holds (foldForSearch): letters, digits, @, . and the space. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789@. ';
const SYMBOLS = ALPHABET.length;
/** A gram is one character (ids below SYMBOLS) or two in a row (the ids above). */
const GRAMS = SYMBOLS + SYMBOLS * SYMBOLS;
const SYMBOL_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < SYMBOLS; i++) SYMBOL_OF[ALPHABET.charCodeAt(i)] = i;

function symbolAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? SYMBOL_OF[code]! : -1;
}

function bigram(first: number, second: number): number {
  return SYMBOLS + first * SYMBOLS + second;
}

/** The grams a word cannot match without (its characters, or its pairs of them); null when it has a character outside the alphabet. */
function gramsOf(word: string): number[] | null {
  const grams: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const symbol = symbolAt(word, i);
    if (symbol < 0) return null;
    if (word.length === 1) grams.push(symbol);
    else if (i > 0) grams.push(bigram(symbolAt(word, i - 1), symbol));
  }
  return grams;
}

/** Writes the grams of the item at a position into `out` (repeats allowed), and returns how many. */
type GramsAt = (position: number, out: Int32Array) => number;

/** Lists of positions by gram, each ascending, in one array. */
class Postings {
  private readonly offsets = new Int32Array(GRAMS + 1);
  private readonly positions: Int32Array;

  constructor(count: number, maxGrams: number, gramsAt: GramsAt) {
    const grams = new Int32Array(maxGrams);
    const lastSeen = new Int32Array(GRAMS);
    /** Visits each distinct gram of each item, in position order. */
    const eachGram = (visit: (gram: number, position: number) => void): void => {
      lastSeen.fill(-1);
      for (let p = 0; p < count; p++) {
        const n = gramsAt(p, grams);
        for (let i = 0; i < n; i++) {
          const gram = grams[i]!;
          if (lastSeen[gram] === p) continue;
          lastSeen[gram] = p;
          visit(gram, p);
        }
      }
    };
    // Counted first, so every list goes into one array of the right size.
    const counts = new Int32Array(GRAMS);
    eachGram((gram) => counts[gram]!++);
    for (let g = 0; g < GRAMS; g++) this.offsets[g + 1] = this.offsets[g]! + counts[g]!;
    this.positions = new Int32Array(this.offsets[GRAMS]!);
    const next = this.offsets.slice(0, GRAMS);
    eachGram((gram, p) => {
      this.positions[next[gram]!++] = p;
    });
  }

  /** The positions holding a gram, ascending. */
  of(gram: number): Int32Array {
    return this.positions.subarray(this.offsets[gram]!, this.offsets[gram + 1]!);
  }
}

/** Texts a search reads from the best group's candidates before it narrows them down with the index. */
const QUICK_CHECKS = 32;
/** A list far longer than the other is searched rather than walked. */
const GALLOP_RATIO = 16;

/** Writes the positions in both ascending lists into `out`, ascending, and returns that part of it. */
function intersect(a: Int32Array, b: Int32Array, out: Int32Array): Int32Array {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let n = 0;
  let j = 0;
  const gallop = long.length > short.length * GALLOP_RATIO;
  for (let i = 0; i < short.length && j < long.length; i++) {
    const p = short[i]!;
    if (gallop) {
      let high = long.length;
      while (j < high) {
        const middle = (j + high) >>> 1;
        if (long[middle]! < p) j = middle + 1;
        else high = middle;
      }
    } else {
      while (j < long.length && long[j]! < p) j++;
    }
    if (j < long.length && long[j] === p) out[n++] = p;
  }
  return out.subarray(0, n);
}

/**
 * The query's words as spelled, when the spelling says more than the folded
 * words do ("aas" is not "as", "ø" is not "o"); else null.
 */
export function tellingSpelling(query: string, words: readonly string[]): string[] | null {
  const spelled = spelledWords(query).slice(0, MAX_SEARCH_WORDS);
  return spelled.join(' ') === words.join(' ') ? null : spelled;
}

/** A registrant's name and organisation as spelled (spellForSearch). */
export function spellingOf(entry: Searchable): string {
  return spellForSearch(entry.organisation === null ? entry.name : `${entry.name} ${entry.organisation}`);
}

/**
 * Registrants sorted by compareByName, searchable. A search finds those whose
 * search text contains every word of the query. When the query's spelling
 * tells more than its folded words, those whose name or organisation hold
 * every word as spelled come first ("aas" finds Aasen before Åse). Then names
 * starting with the first word, then names with a word starting with it, then
 * the rest; the cancelled after the others in each group; by name within a
 * group.
 */
export class RegistrantIndex<E extends Searchable> {
  /** Each registrant's name and organisation as spelled, by position. */
  private readonly spellings: readonly string[];
  /** Who holds each gram anywhere in their text. */
  private readonly containing: Postings;
  /** Who begins with each gram: where the best group's members are. */
  private readonly beginning: Postings;
  /**
   * Room for intersections, made once: a search allocates no large arrays,
   * so the keystroke that runs it never waits for the garbage collector.
   */
  private readonly scratch: readonly [Int32Array, Int32Array, Int32Array];

  /** `byName` must be sorted by compareByName. */
  constructor(readonly byName: readonly E[]) {
    this.spellings = byName.map(spellingOf);
    this.scratch = [new Int32Array(byName.length), new Int32Array(byName.length), new Int32Array(byName.length)];
    const longest = byName.reduce((most, e) => Math.max(most, e.searchText.length), 0);
    this.containing = new Postings(byName.length, 2 * longest, (p, out) => {
      const text = byName[p]!.searchText;
      let n = 0;
      let previous = -1;
      for (let i = 0; i < text.length; i++) {
        const symbol = symbolAt(text, i);
        if (symbol >= 0) {
          out[n++] = symbol;
          if (previous >= 0) out[n++] = bigram(previous, symbol);
        }
        previous = symbol;
      }
      return n;
    });
    this.beginning = new Postings(byName.length, 2, (p, out) => {
      const text = byName[p]!.searchText;
      const first = symbolAt(text, 0);
      if (first < 0) return 0;
      out[0] = first;
      const second = text.length > 1 ? symbolAt(text, 1) : -1;
      if (second < 0) return 1;
      out[1] = bigram(first, second);
      return 2;
    });
  }

  /** The registrants the query finds, at most `limit`, best first. */
  search(query: string, limit: number = DEFAULT_SEARCH_LIMIT): E[] {
    const words = searchWords(query).slice(0, MAX_SEARCH_WORDS);
    const first = words[0];
    if (first === undefined || limit <= 0) return [];
    const matches = (text: string): boolean => words.every((w) => text.includes(w));
    const spelling = tellingSpelling(query, words);
    const spelledAlike = (p: number): boolean => spelling === null || spelling.every((w) => this.spellings[p]!.includes(w));
    const isBest = (p: number): boolean => {
      const entry = this.byName[p]!;
      return entry.status !== 'cancelled' && entry.searchText.startsWith(first) && matches(entry.searchText) && spelledAlike(p);
    };

    // The best group — spelled alike, not cancelled, beginning with the first
    // word — in name order: once it holds `limit`, nothing else can enter the
    // results. Most queries fill it from the first few who begin alike.
    const best: E[] = [];
    const beginning = this.beginningWith(first);
    const quick = Math.min(beginning.length, QUICK_CHECKS);
    for (let i = 0; i < quick; i++) {
      const p = beginning[i]!;
      if (isBest(p) && best.push(this.byName[p]!) >= limit) return best;
    }
    // Only those holding every gram of every word can match: far fewer texts to read.
    const holding = this.holdingAll(words);
    const rest = beginning.subarray(quick);
    for (const p of holding ? intersect(rest, holding, this.scratch[2]) : rest) {
      if (isBest(p) && best.push(this.byName[p]!) >= limit) return best;
    }

    // Otherwise every match counts, in name order.
    const groups: E[][] = Array.from({ length: 12 }, () => []);
    const spacedFirst = ` ${first}`;
    for (const p of holding ?? this.byName.keys()) {
      const entry = this.byName[p]!;
      const text = entry.searchText;
      if (!matches(text)) continue;
      const rank = text.startsWith(first) ? 0 : text.includes(spacedFirst) ? 1 : 2;
      const group = groups[(spelledAlike(p) ? 0 : 6) + rank * 2 + (entry.status === 'cancelled' ? 1 : 0)]!;
      if (group.length < limit) group.push(entry);
    }
    return groups.flat().slice(0, limit);
  }

  /** How many registrants the query finds in all, however many a search shows. */
  count(query: string): number {
    const words = searchWords(query).slice(0, MAX_SEARCH_WORDS);
    if (words.length === 0) return 0;
    const holding = this.holdingAll(words);
    if (!holding) return this.byName.filter((entry) => words.every((w) => entry.searchText.includes(w))).length;
    // Holding a word's one character, or its one pair, is containing it.
    if (words.every((w) => w.length <= 2)) return holding.length;
    let found = 0;
    for (const p of holding) if (words.every((w) => this.byName[p]!.searchText.includes(w))) found++;
    return found;
  }

  /** Positions whose text begins with the word's first one or two characters, ascending. */
  private beginningWith(word: string): Int32Array {
    const first = symbolAt(word, 0);
    const second = word.length > 1 ? symbolAt(word, 1) : -1;
    if (first < 0 || (word.length > 1 && second < 0)) return new Int32Array(0);
    return this.beginning.of(second < 0 ? first : bigram(first, second));
  }

  /** Positions holding every gram of the words, ascending; null when the words have none the index knows. */
  private holdingAll(words: readonly string[]): Int32Array | null {
    const lists = words.flatMap((w) => gramsOf(w) ?? []).map((gram) => this.containing.of(gram));
    if (lists.length === 0) return null;
    // Shortest first: each step can only shrink what the next one walks.
    lists.sort((a, b) => a.length - b.length);
    let held = lists[0]!;
    for (let i = 1; i < lists.length && held.length > 0; i++) held = intersect(held, lists[i]!, this.scratch[i % 2]!);
    return held;
  }
}
