/**
 * Messages from making the attendance report.
 */
import type { Texts } from '../bilingual.js';

/** Messages from the report, each in bokmål and English. */
export const reportMessages = {
  reportTableNotAnonymous: {
    nb: 'Tabellen «{table}» viser enkeltpersoner og er ikke med i den anonyme rapporten. Velg en av disse: {tables}.',
    en: 'The table "{table}" shows individuals and is not in the anonymous report. Choose one of these: {tables}.',
  },
  reportTableOnlyCsv: {
    nb: 'Én tabell for seg finnes bare som CSV; PDF, XLSX og JSON har alle tabellene. Velg CSV, eller ta bort tabellvalget.',
    en: 'A single table on its own is only available as CSV; PDF, XLSX and JSON hold every table. Choose CSV, or leave out the table.',
  },
} as const satisfies Texts;
