/**
 * Everyone's codes in one zip: a PNG and an SVG per registrant who is not
 * cancelled, and codes.csv, for printing badges or a mail merge.
 */
import { useState } from 'react';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage, StatusMessage } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { base64ToBytes, saveDownload } from './bytes.js';

/** A button that makes the zip and downloads it, saying how it goes. */
export function ExportCodes() {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [saved, setSaved] = useState<{ readonly count: number; readonly fileName: string } | null>(null);

  const exportAll = (): void => {
    if (busy) return;
    setSaved(null);
    void run(() => api.exportCodes({})).then((made) => {
      if (!made) return;
      saveDownload(made.fileName, base64ToBytes(made.zip), 'application/zip');
      setSaved({ count: made.count, fileName: made.fileName });
    });
  };

  return (
    <section className="org-export">
      <h2>{t('exportTitle')}</h2>
      <p>{t('exportIntro')}</p>
      <div className="org-actions">
        <button type="button" className="button" onClick={exportAll}>
          {t('exportButton')}
        </button>
      </div>
      <StatusMessage>{busy ? t('exportBusy') : saved && t('exportDone', saved)}</StatusMessage>
      <ErrorMessage error={error} />
    </section>
  );
}
