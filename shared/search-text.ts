/**
 * Folding text for search, so that a volunteer finds "Ødegård" by typing
 * "odegard" or "oedegaard", "Åse" by typing "ase" or "aase", and "Sæther" by
 * typing "saether" or "sather".
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
 * Folds text to lower-case ASCII letters, digits, @, . and single spaces:
 * diacritics go (å → a, é → e), Nordic letters become what people type on a
 * foreign keyboard, and the double-letter spellings "aa" and "oe" fold to the
 * single letter.
 *
 * Person keys (import-mapping.ts) are stored in this form: it must not change.
 */
export function foldForIdentity(text: string): string {
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

/**
 * Folds text for search: as foldForIdentity, and "ae" (æ) folds to "a" too,
 * so that æ, ae and a meet, as ø, oe and o do, and å, aa and a.
 *
 * The registrants' search text is stored in this form (migration 6 brought
 * older rows to it).
 */
export function foldForSearch(text: string): string {
  return foldForIdentity(text).replace(/ae/g, 'a');
}

/** Splits a search query into folded words, each of which must match. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter((w) => w.length > 0);
}

/** What the door searches a registrant by: their name and organisation, folded (never their email). */
export function doorSearchText(name: string, organisation: string | null): string {
  return organisation === null ? foldForSearch(name) : `${foldForSearch(name)} ${foldForSearch(organisation)}`;
}

/**
 * Text as spelled, for telling the spellings apart: lower case, without
 * diacritics other than å, with æ, ø, "aa" and "oe" kept as they are.
 */
export function spellForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/a\u030a/g, 'å')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
}

/** A query's words as spelled (spellForSearch). */
export function spelledWords(query: string): string[] {
  return spellForSearch(query).split(' ').filter((w) => w.length > 0);
}
