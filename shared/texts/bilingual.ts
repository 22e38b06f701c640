/**
 * The shape of every text: one entry per language the screens speak.
 */

/** The screens' languages: Norwegian bokmål first, English second. */
export type Language = 'nb' | 'en';

/** One text in every language; leaving one out does not compile. */
export type Bilingual = { readonly [language in Language]: string };

/** A module of texts by key, each in every language. */
export type Texts = Readonly<Record<string, Bilingual>>;
