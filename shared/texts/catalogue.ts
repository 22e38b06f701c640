/**
 * Every text of Innsjekk, joined from the modules by screen and area: the
 * screens', the CLI's and the error messages alike.
 */
import type { Bilingual } from './bilingual.js';
import { cloakroomTexts } from './cloakroom.js';
import { commonTexts } from './common.js';
import { doorDayTexts } from './door-day.js';
import { doorDayScreenTexts } from './door-day-screens.js';
import { doorUndoTexts } from './door-undo.js';
import { lunchTexts } from './lunch.js';
import { accessMessages } from './messages/access.js';
import { deskMessages } from './messages/desk.js';
import { doorDayMessages } from './messages/door-day.js';
import { eventMessages } from './messages/event.js';
import { importMessages } from './messages/import.js';
import { mailMessages } from './messages/mail.js';
import { reportMessages } from './messages/report.js';
import { settingsMessages } from './messages/settings.js';
import { stationTexts } from './stations.js';
import { stationMessages } from './messages/stations.js';
import { syncMessages } from './messages/sync.js';
import { organiserDeskTexts } from './organiser-desk.js';
import { privacyMessages } from './messages/privacy.js';
import { organiserImportTexts } from './organiser-import.js';
import { organiserKiosksTexts } from './organiser-kiosks.js';
import { organiserMailTexts } from './organiser-mail.js';
import { organiserOverviewTexts } from './organiser-overview.js';
import { organiserRegistrantsTexts } from './organiser-registrants.js';
import { organiserReportTexts } from './organiser-report.js';
import { organiserSettingsTexts } from './organiser-settings.js';
import { organiserShellTexts } from './organiser-shell.js';
import { reportTexts } from './report.js';
import { privacyTexts } from './privacy.js';
import { verdictTexts } from './verdicts.js';
import { volunteerTexts } from './volunteer.js';
import { welcomeTexts } from './welcome.js';

const screenTexts = {
  ...commonTexts,
  ...welcomeTexts,
  ...volunteerTexts,
  ...verdictTexts,
  ...organiserShellTexts,
  ...organiserImportTexts,
  ...organiserDeskTexts,
  ...organiserRegistrantsTexts,
  ...organiserSettingsTexts,
  ...organiserMailTexts,
  ...organiserKiosksTexts,
  ...organiserOverviewTexts,
  ...organiserReportTexts,
  ...reportTexts,
  ...cloakroomTexts,
  ...lunchTexts,
  ...stationTexts,
  ...doorDayTexts,
  ...doorDayScreenTexts,
  ...doorUndoTexts,
  ...privacyTexts,
};

const messageTexts = {
  ...eventMessages,
  ...importMessages,
  ...accessMessages,
  ...syncMessages,
  ...settingsMessages,
  ...mailMessages,
  ...reportMessages,
  ...stationMessages,
  ...doorDayMessages,
  ...deskMessages,
  ...privacyMessages,
};

/** The key of a text the screens (or the CLI) show. */
export type UiTextKey = keyof typeof screenTexts;

/** The key of a message: an error, or why something was not done. */
export type MessageKey = keyof typeof messageTexts;

/** The key of any text. */
export type TextKey = UiTextKey | MessageKey;

/** Every text by key, in every language. */
export const catalogue: Readonly<Record<TextKey, Bilingual>> = { ...screenTexts, ...messageTexts };
