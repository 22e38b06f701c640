/**
 * The screens' texts, in Norwegian bokmål and English.
 *
 * Plain words a volunteer understands; every message says what to do next.
 */
import { fillPlaceholders, type Language } from './i18n.js';

const nb = {
  appName: 'Innsjekk',
  languageSwitch: 'English',
  languageSwitchLabel: 'Switch to English',
  loading: 'Laster …',
  welcomeTitle: 'Velkommen til Innsjekk',
  welcomeIntro: 'Denne kiosken har ikke noe arrangement ennå. Velg hvordan du vil starte.',
  welcomeDemo: 'Prøv med demoarrangementet',
  welcomeDemoHelp: '600 oppdiktede deltakere – fint for å øve.',
  welcomeImport: 'Sett opp et arrangement',
  welcomeImportHelp: 'Kjør «innsjekk init --name NAVN --date ÅÅÅÅ-MM-DD» og «innsjekk import FIL» på arrangørens maskin, og start kiosken på nytt.',
  welcomeJoin: 'Koble til en annen kiosk',
  welcomeJoinHelp: 'Kommer snart: skann paringskoden fra arrangørens kiosk.',
  needKeyTitle: 'Kiosken trenger arrangementsnøkkelen',
  needKeyHelp: 'Åpne adressen som Innsjekk skrev ut da den startet (den slutter på #key=…).',
  errorTitle: 'Noe gikk galt',
  tryAgain: 'Prøv igjen',
} as const;

export type UiTextKey = keyof typeof nb;

const en: Record<UiTextKey, string> = {
  appName: 'Innsjekk',
  languageSwitch: 'Norsk',
  languageSwitchLabel: 'Bytt til norsk',
  loading: 'Loading …',
  welcomeTitle: 'Welcome to Innsjekk',
  welcomeIntro: 'This kiosk has no event yet. Choose how to start.',
  welcomeDemo: 'Try the demo event',
  welcomeDemoHelp: '600 fictitious attendees – good for practice.',
  welcomeImport: 'Set up an event',
  welcomeImportHelp: 'Run "innsjekk init --name NAME --date YYYY-MM-DD" and "innsjekk import FILE" on the organiser\'s machine, then restart the kiosk.',
  welcomeJoin: 'Join another kiosk',
  welcomeJoinHelp: "Coming soon: scan the pairing code from the organiser's kiosk.",
  needKeyTitle: 'The kiosk needs the event key',
  needKeyHelp: 'Open the address Innsjekk printed when it started (it ends in #key=…).',
  errorTitle: 'Something went wrong',
  tryAgain: 'Try again',
};

const texts: Record<Language, Record<UiTextKey, string>> = { nb, en };

/** A screen text in the given language, with {placeholders} filled in. */
export function uiText(language: Language, key: UiTextKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(texts[language][key], params);
}
