/**
 * What every screen needs: the API, the language and a way to say things.
 */
import { createContext, useCallback, useContext } from 'react';
import type { Api } from '../../shared/contract.js';
import type { ChangeSource } from './api/change-source.js';
import { storedTextIn, text, type Language, type StoredText, type TextParams, type UiTextKey } from '../../shared/i18n.js';

/** The app's shared state. */
export interface AppContextValue {
  readonly api: Api;
  /** What the kiosk says has changed. */
  readonly changes: ChangeSource;
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

/** The app's shared state; only inside <AppContext.Provider>. */
export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  return value;
}

/** The text function for the current language. */
export function useText(): (key: UiTextKey, params?: TextParams) => string {
  const { language } = useApp();
  return useCallback((key, params) => text(key, params, language), [language]);
}

/** A kept text (a failure stored with a row, say) in the screens' language. */
export function useStoredText(): (kept: StoredText) => string {
  const { language } = useApp();
  return useCallback((kept) => storedTextIn(kept, language), [language]);
}
