/**
 * Texts people read, in Norwegian bokmål first and English second: the one
 * lookup for the screens, the CLI and errors, and texts kept for later. The
 * texts themselves are in shared/texts/, each key's languages side by side.
 *
 * Every error says what went wrong in plain words and what to do next.
 */
import type { Language } from './texts/bilingual.js';
import { catalogue, type MessageKey, type TextKey } from './texts/catalogue.js';

export type { Language } from './texts/bilingual.js';
export type { MessageKey, TextKey, UiTextKey } from './texts/catalogue.js';

/** Values for a text's {placeholders}, by name. */
export type TextParams = Readonly<Record<string, string | number>>;

/** Fills {placeholders} in a template; unknown ones stay as they are. */
function fillPlaceholders(template: string, params: TextParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** A text of the catalogue in the given language, with {placeholders} filled in: for the screens, the CLI and errors alike. */
export function text(key: TextKey, params: TextParams = {}, language: Language = 'nb'): string {
  return fillPlaceholders(catalogue[key][language], params);
}

/**
 * A text kept for later, such as why an email was not sent, in both languages
 * the screens speak: whoever reads it later may have the screens in English.
 */
export interface StoredText {
  readonly message: string;
  readonly messageEn: string;
}

/** A message of the catalogue, kept in both languages. */
export function storedText(key: MessageKey, params: TextParams = {}): StoredText {
  return { message: text(key, params, 'nb'), messageEn: text(key, params, 'en') };
}

/** A kept text in the given language. */
export function storedTextIn(kept: StoredText, language: Language): string {
  return language === 'en' ? kept.messageEn : kept.message;
}

/** How a failure is classed: bad input from the user, or something else. */
export type FailureKind = 'input' | 'internal';

/** An error with a message a person can act on. */
export class UserError extends Error {
  readonly key: MessageKey;
  readonly params: TextParams;
  readonly kind: FailureKind;

  constructor(key: MessageKey, params: TextParams = {}, kind: FailureKind = 'input') {
    super(text(key, params));
    this.name = 'UserError';
    this.key = key;
    this.params = params;
    this.kind = kind;
  }

  /** The message in another language. */
  inLanguage(language: Language): string {
    return text(this.key, this.params, language);
  }

  /** The message in both languages, to keep. */
  stored(): StoredText {
    return storedText(this.key, this.params);
  }
}
