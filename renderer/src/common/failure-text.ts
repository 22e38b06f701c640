/**
 * A failed call's message in the screen's language.
 */
import type { Language } from '../../../shared/i18n.js';

/** The English message when the error carries one (the API's errors do), else the message. */
export function failureText(error: unknown, language: Language): string {
  if (!(error instanceof Error)) return String(error);
  const english = (error as Error & { readonly messageEn?: unknown }).messageEn;
  return language === 'en' && typeof english === 'string' ? english : error.message;
}
