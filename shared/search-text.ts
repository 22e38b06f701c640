/**
 * Folding text for search, so that a volunteer finds "Ødegård" by typing
 * "odegard" or "oedegaard", and "Åse" by typing "ase" or "aase".
 */

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
};

/**
 * Folds text to lower-case ASCII letters, digits and single spaces.
 *
 * Diacritics go (å → a, é → e), Nordic letters become what people type on a
 * foreign keyboard, and the double-letter spellings "aa" and "oe" fold to the
 * single letter, so both spellings of a name meet in one form.
 */
export function foldForSearch(text: string): string {
  const lowered = text
    .toLowerCase()
    .replace(/[æøœßđłþ]/g, (c) => LETTER_FOLDS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return lowered
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/[^a-z0-9@.]+/g, ' ')
    .trim();
}

/** Splits a search query into folded words, each of which must match. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter((w) => w.length > 0);
}

/** What the door searches a registrant by: their name and organisation, folded (never their email). */
export function doorSearchText(name: string, organisation: string | null): string {
  return organisation === null ? foldForSearch(name) : `${foldForSearch(name)} ${foldForSearch(organisation)}`;
}
