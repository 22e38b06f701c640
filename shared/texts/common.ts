/**
 * Texts every screen may use: the app's name, the language switch, registration statuses and times.
 */
import type { Texts } from './bilingual.js';

/** Texts for every screen, each in bokmål and English. */
export const commonTexts = {
  appName: { nb: 'Innsjekk', en: 'Innsjekk' },
  languageSwitch: { nb: 'English', en: 'Norsk' },
  languageSwitchLabel: { nb: 'Switch to English', en: 'Bytt til norsk' },
  loading: { nb: 'Laster …', en: 'Loading …' },
  statusConfirmed: { nb: 'Påmeldt', en: 'Registered' },
  statusWaitlisted: { nb: 'Venteliste', en: 'Waiting list' },
  statusCancelled: { nb: 'Avmeldt', en: 'Cancelled' },
  timeToday: { nb: 'kl. {time}', en: 'at {time}' },
  timeOtherDay: { nb: '{date} kl. {time}', en: 'on {date} at {time}' },
  timeWithAgo: { nb: '{when} ({ago})', en: '{when} ({ago})' },
  agoSeconds: { nb: 'for {count} s siden', en: '{count} s ago' },
  agoMinutes: { nb: 'for {count} min siden', en: '{count} min ago' },
  agoHours: { nb: 'for {hours} t {minutes} min siden', en: '{hours} h {minutes} min ago' },
} as const satisfies Texts;
