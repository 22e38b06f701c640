/**
 * The switch between Norwegian and English, labelled in the other language.
 */
import { useApp, useText } from './app-context.js';

/** A button that switches the screens to the other language. */
export function LanguageSwitch() {
  const { language, setLanguage } = useApp();
  const t = useText();
  const other = language === 'nb' ? 'en' : 'nb';
  return (
    <button type="button" className="button" lang={other} aria-label={t('languageSwitchLabel')} onClick={() => setLanguage(other)}>
      {t('languageSwitch')}
    </button>
  );
}
