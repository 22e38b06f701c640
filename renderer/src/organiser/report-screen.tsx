/**
 * The attendance report, saved as a file: in full for the organiser or
 * anonymised to publish, as PDF, Excel, CSV or JSON, in the screens' language.
 */
import { useId, useState } from 'react';
import type { UiTextKey } from '../../../shared/i18n.js';
import { REPORT_FORMATS, type ReportFormat } from '../../../shared/report/report-model.js';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage, StatusMessage } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { base64ToBytes, saveDownload } from './bytes.js';
import { FocusHeading } from './focus-heading.js';

const SAVE_TEXT = {
  pdf: 'reportSavePdf',
  xlsx: 'reportSaveXlsx',
  csv: 'reportSaveCsv',
  json: 'reportSaveJson',
} as const satisfies Record<ReportFormat, UiTextKey>;

/** The section: which report, a button per format, and how the making goes. */
export function ReportScreen() {
  const { api, language } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [anonymous, setAnonymous] = useState(false);
  const [making, setMaking] = useState<ReportFormat | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const versionName = useId();

  const save = (format: ReportFormat): void => {
    if (busy) return;
    setSaved(null);
    setMaking(format);
    void run(() => api.reportFile({ format, anonymous, language })).then((file) => {
      setMaking(null);
      if (!file) return;
      saveDownload(file.fileName, base64ToBytes(file.content), file.mimeType);
      setSaved(file.fileName);
    });
  };

  return (
    <>
      <FocusHeading level={1}>{t('reportTitle')}</FocusHeading>
      <p>{t('reportScreenIntro')}</p>
      <fieldset className="org-report-version">
        <legend>{t('reportVersionLegend')}</legend>
        <label>
          <input type="radio" name={versionName} checked={!anonymous} onChange={() => setAnonymous(false)} />
          {t('reportVersionFull')}
        </label>
        <label>
          <input type="radio" name={versionName} checked={anonymous} onChange={() => setAnonymous(true)} />
          {t('reportVersionAnonymous')}
        </label>
      </fieldset>
      <div className="org-actions">
        {REPORT_FORMATS.map((format) => (
          <button key={format} type="button" className="button" aria-disabled={busy} onClick={() => save(format)}>
            {t(SAVE_TEXT[format])}
          </button>
        ))}
      </div>
      <p>{t('reportFormatsNote')}</p>
      {making && <progress className="org-progress" aria-label={t('reportBusy', { format: making.toUpperCase() })} />}
      <StatusMessage>{making ? t('reportBusy', { format: making.toUpperCase() }) : saved && t('reportSaved', { fileName: saved })}</StatusMessage>
      <ErrorMessage error={error} />
    </>
  );
}
