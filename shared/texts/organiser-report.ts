/**
 * The organiser screens' report section: saving the attendance report.
 */
import type { Texts } from './bilingual.js';

/** The report section's texts, each in bokmål and English. */
export const organiserReportTexts = {
  sectionReport: { nb: 'Rapport', en: 'Report' },
  reportScreenIntro: {
    nb: 'Lagre rapporten om dagen: hvem som kom, oppmøte etter fylke, kommune og organisasjon, ankomster per kvarter og kioskenes andel av skanningene. Tallene er slik denne kiosken kjenner dem nå, så la de andre kioskene synkronisere først.',
    en: "Save the report on the day: who came, attendance by county, municipality and organisation, arrivals per quarter of an hour and the kiosks' share of the scans. The figures are as this kiosk knows them now, so let the other kiosks sync first.",
  },
  reportVersionLegend: { nb: 'Hvilken rapport', en: 'Which report' },
  reportVersionFull: { nb: 'Hele rapporten, med navn – til arrangøren', en: 'The full report, with names – for the organiser' },
  reportVersionAnonymous: {
    nb: 'Anonymisert, bare antall – kan publiseres (antall under 5 vises som «<5»)',
    en: 'Anonymised, counts only – fit to publish (counts under 5 show as "<5")',
  },
  reportSavePdf: { nb: 'Lagre som PDF (til utskrift)', en: 'Save as PDF (for printing)' },
  reportSaveXlsx: { nb: 'Lagre som Excel (XLSX)', en: 'Save as Excel (XLSX)' },
  reportSaveCsv: { nb: 'Lagre som CSV', en: 'Save as CSV' },
  reportSaveJson: { nb: 'Lagre som JSON', en: 'Save as JSON' },
  reportFormatsNote: {
    nb: 'Excel-filen har ett ark per tabell. CSV-filen har én rad per deltaker (den anonymiserte: én rad per kommune). JSON-filen har alt, for andre programmer.',
    en: 'The Excel file has a sheet per table. The CSV file has a row per attendee (the anonymised one: a row per municipality). The JSON file has everything, for other programs.',
  },
  reportBusy: { nb: 'Lager rapporten ({format}) …', en: 'Making the report ({format}) …' },
  reportSaved: { nb: 'Lagret rapporten i filen «{fileName}».', en: 'Saved the report in the file "{fileName}".' },
} as const satisfies Texts;
