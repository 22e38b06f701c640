/**
 * Which municipality (kommune) or county authority (fylkeskommune) a
 * registrant comes from, read from the organisation they gave: "Vågå
 * kommune", "Kommunen Vågå", "Vaga kommune", "Bydel Frogner, Oslo kommune",
 * "Innlandet fylkeskommune", "Guovdageainnu suohkan". Everything else is
 * another organisation.
 */
import { foldForSearch } from './search-text.js';

/** A county (fylke) of 2024. */
export interface County {
  /** Two digits, "34". */
  readonly number: string;
  readonly name: string;
}

/** A municipality of 2024, as the list names it ("Guovdageaidnu - Kautokeino", "Herøy (Nordland)"). */
export interface Municipality {
  /** Four digits, "3435". */
  readonly number: string;
  readonly name: string;
  readonly county: County;
}

/** Where an organisation belongs: a municipality, or a county authority (counted to its county). */
export type Affiliation =
  | { readonly kind: 'municipality'; readonly municipality: Municipality }
  | { readonly kind: 'countyAuthority'; readonly county: County };

/**
 * Reads the municipality list: `kommunenummer,kommune,fylkesnummer,fylke`
 * with a header row and no quoted cells (resources/demo/kommuner-2024.csv).
 */
export function parseMunicipalityList(csv: string): Municipality[] {
  const counties = new Map<string, County>();
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.slice(1).map((line) => {
    const [number, name, countyNumber, countyName] = line.split(',').map((cell) => cell.trim());
    if (!number || !name || !countyNumber || !countyName) throw new Error(`Bad municipality row: ${line}`);
    let county = counties.get(countyNumber);
    if (!county) {
      county = { number: countyNumber, name: countyName };
      counties.set(countyNumber, county);
    }
    return { number, name, county };
  });
}

/** Words that make the name next to them a municipality: Norwegian, Northern, Lule and Southern Sami, Kven. */
const MUNICIPALITY_WORDS = new Set(['kommune', 'kommunen', 'kommuna', 'suohkan', 'gielda', 'kommuvdna', 'tjielte', 'komuuni']);

/** Words that make the name next to them a county authority. */
const COUNTY_AUTHORITY_WORDS = new Set(['fylkeskommune', 'fylkeskommunen', 'fylkeskommuna', 'fylkkasuohkan', 'fylkentjielte', 'fylkinkomuuni']);

/** Oslo's districts: "Bydel Frogner" is Oslo even without "Oslo kommune". */
const OSLO_DISTRICTS = [
  'Alna', 'Bjerke', 'Frogner', 'Gamle Oslo', 'Grorud', 'Grünerløkka', 'Nordre Aker', 'Nordstrand',
  'Sagene', 'St. Hanshaugen', 'Stovner', 'Søndre Nordstrand', 'Ullern', 'Vestre Aker', 'Østensjø',
];
const OSLO_NUMBER = '0301';

/**
 * Other names of municipalities, by number, beyond those in the list: the
 * Sami and Kven forms an organisation calls itself by ("Guovdageainnu
 * suohkan" is the genitive of Guovdageaidnu), and Røros's South Sami name.
 */
const MUNICIPALITY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '1826': ['Aarborten'],
  '1875': ['Hábmera'],
  '5025': ['Rosse', 'Rossen'],
  '5041': ['Snåasen'],
  '5043': ['Raarvihken'],
  '5512': ['Dielddanuori'],
  '5518': ['Loabága'],
  '5538': ['Omasvuona', 'Omasvuonon'],
  '5540': ['Gáivuona', 'Kaivuonon'],
  '5544': ['Ráissa', 'Raisin'],
  '5610': ['Kárášjoga'],
  '5612': ['Guovdageainnu'],
  '5622': ['Porsáŋggu', 'Porsangin'],
  '5628': ['Deanu'],
  '5636': ['Unjárgga'],
};

/** Sami and Kven forms of county names, as the county authorities write them. */
const COUNTY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '50': ['Trööndelagen'],
  '55': ['Romssa', 'Tromssan'],
  '56': ['Finnmárkku', 'Finmarkun'],
};

/** Letters foldForSearch would drop: Sami ŋ and ŧ (č, š, ž and á lose their marks there). */
const SAMI_LETTERS: Readonly<Record<string, string>> = { ŋ: 'n', Ŋ: 'n', ŧ: 't', Ŧ: 't' };

/**
 * Folds a name for matching: lower case, æøå and diacritics folded the way
 * the search folds them ("Vågå", "Vaga" and "Vaagaa" meet), punctuation and
 * hyphens as spaces.
 */
export function foldPlaceName(text: string): string {
  return foldForSearch(text.replace(/[ŋŊŧŦ]/g, (c) => SAMI_LETTERS[c] ?? c))
    .replace(/[@.]+/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

/** Parts of an organisation that stand apart: separated by commas, dashes between spaces, slashes or parentheses. */
function segments(organisation: string): string[] {
  return organisation.split(/[,;/|()[\]–—]| - /).map(foldPlaceName).filter((s) => s !== '');
}

/** A map from folded names to what they name; a name can name more than one ("Herøy"). */
class NameIndex<T> {
  private readonly byName = new Map<string, T[]>();
  /** The most words any name has: how far to look beside a keyword. */
  longest = 1;

  add(name: string, value: T): void {
    const key = foldPlaceName(name);
    if (key === '') return;
    const values = this.byName.get(key) ?? [];
    if (!values.includes(value)) values.push(value);
    this.byName.set(key, values);
    this.longest = Math.max(this.longest, key.split(' ').length);
  }

  get(key: string): readonly T[] {
    return this.byName.get(key) ?? [];
  }

  /** The longest name that ends the words (those before a keyword). */
  endingAt(words: readonly string[]): readonly T[] {
    for (let length = Math.min(this.longest, words.length); length > 0; length--) {
      const found = this.get(words.slice(-length).join(' '));
      if (found.length > 0) return found;
    }
    return [];
  }

  /** The longest name that starts the words (those after a keyword). */
  startingAt(words: readonly string[]): readonly T[] {
    for (let length = Math.min(this.longest, words.length); length > 0; length--) {
      const found = this.get(words.slice(0, length).join(' '));
      if (found.length > 0) return found;
    }
    return [];
  }
}

/**
 * What a keyword names, from the words before it, else the words after it.
 * `exactly`: the name must be all of those words, so a county authority of
 * before 2024 ("Vestfold og Telemark fylkeskommune") names no county of 2024.
 */
function besideKeyword<T>(words: readonly string[], keywords: ReadonlySet<string>, index: NameIndex<T>, exactly = false): readonly T[] {
  for (let at = 0; at < words.length; at++) {
    if (!keywords.has(words[at]!)) continue;
    const before = words.slice(0, at);
    const after = words[at + 1] === 'i' ? words.slice(at + 2) : words.slice(at + 1);
    const found = exactly
      ? [index.get(before.join(' ')), index.get(after.join(' '))]
      : [index.endingAt(before), index.startingAt(after)];
    const named = found.find((candidates) => candidates.length > 0);
    if (named) return named;
  }
  return [];
}

/**
 * Matches organisations against the municipalities of a list. A municipality
 * is recognised by its name beside a word for municipality ("Vågå kommune",
 * "Kommunen Vågå", "Guovdageainnu suohkan"), by an Oslo district ("Bydel
 * Frogner"), or by its bare name as the whole organisation ("Vågå"); a
 * county authority by its county's name beside "fylkeskommune". A bare name
 * inside a longer organisation ("Universitetet i Bergen", "Statsforvalteren
 * i Innlandet") is not a municipality. A name two municipalities share
 * ("Herøy") needs the county alongside ("Herøy kommune (Nordland)"), else it
 * matches neither.
 */
export class MunicipalityMatcher {
  private readonly municipalities = new NameIndex<Municipality>();
  private readonly counties = new NameIndex<County>();
  private readonly osloDistricts = new Set(OSLO_DISTRICTS.map(foldPlaceName));
  private readonly oslo: Municipality | undefined;
  private readonly cache = new Map<string, Affiliation | null>();

  constructor(readonly list: readonly Municipality[]) {
    for (const municipality of list) {
      const plain = municipality.name.replace(/\s*\(.*\)\s*$/, '');
      this.municipalities.add(plain, municipality);
      for (const part of plain.split(' - ')) this.municipalities.add(part, municipality);
      for (const alias of MUNICIPALITY_ALIASES[municipality.number] ?? []) this.municipalities.add(alias, municipality);
      this.counties.add(municipality.county.name, municipality.county);
      for (const alias of COUNTY_ALIASES[municipality.county.number] ?? []) this.counties.add(alias, municipality.county);
    }
    this.oslo = list.find((m) => m.number === OSLO_NUMBER);
  }

  /** The counties of the list, by number. */
  countyList(): County[] {
    return [...new Set(this.list.map((m) => m.county))].sort((a, b) => a.number.localeCompare(b.number));
  }

  /** Where the organisation belongs, or null for any other organisation (and for none). */
  match(organisation: string | null): Affiliation | null {
    if (organisation === null) return null;
    const cached = this.cache.get(organisation);
    if (cached !== undefined) return cached;
    const found = this.matchUncached(organisation);
    this.cache.set(organisation, found);
    return found;
  }

  private matchUncached(organisation: string): Affiliation | null {
    const parts = segments(organisation);
    const whole = parts.join(' ');
    for (const part of parts) {
      const words = part.split(' ');
      const county = besideKeyword(words, COUNTY_AUTHORITY_WORDS, this.counties, true);
      if (county.length === 1) return { kind: 'countyAuthority', county: county[0]! };
      const named = this.pick(besideKeyword(words, MUNICIPALITY_WORDS, this.municipalities), whole);
      if (named) return { kind: 'municipality', municipality: named };
      if (words[0] === 'bydel' && this.oslo && this.osloDistricts.has(words.slice(1).join(' '))) {
        return { kind: 'municipality', municipality: this.oslo };
      }
    }
    // The bare name, alone or with its county in parentheses: "Vågå", "Herøy (Nordland)".
    const bare = this.pick(this.municipalities.get(foldPlaceName(organisation.replace(/\(.*\)/, ''))), whole);
    return bare ? { kind: 'municipality', municipality: bare } : null;
  }

  /** The one candidate, or among namesakes the one whose county the organisation also names. */
  private pick(candidates: readonly Municipality[], whole: string): Municipality | null {
    if (candidates.length <= 1) return candidates[0] ?? null;
    const named = candidates.filter((m) => ` ${whole} `.includes(` ${foldPlaceName(m.county.name)} `));
    return named.length === 1 ? named[0]! : null;
  }
}
