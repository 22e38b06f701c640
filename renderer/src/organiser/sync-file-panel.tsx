/**
 * Moving check-ins between kiosks without a network: every event this kiosk
 * holds saved to a file (for a USB stick), and a file from another kiosk read in.
 */
import { useId, useState } from 'react';
import { useApp, useText } from '../app-context.js';
import { isFailure } from '../api/api-error.js';
import { ErrorMessage, FileField, StatusMessage } from '../common/form-parts.js';
import { ScreenProblem, useAction } from '../common/use-action.js';
import { saveDownload } from './bytes.js';

/** A file and how many events went into it or came from it: the parameters of the texts that say so. */
type FileOutcome = Readonly<{ file: string; count: number }>;

/** Saving the events to a file, and reading one in, each saying how it went. */
export function SyncFilePanel() {
  const t = useText();
  const headingId = useId();
  return (
    <section className="org-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('syncFileTitle')}</h2>
      <p>{t('syncFileIntro')}</p>
      <ExportEvents />
      <ImportEvents />
    </section>
  );
}

/** A button that downloads the sync file. */
function ExportEvents() {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [saved, setSaved] = useState<FileOutcome | null>(null);

  const exportEvents = (): void => {
    if (busy) return;
    setSaved(null);
    void run(() => api.syncExport({})).then((made) => {
      if (!made) return;
      saveDownload(made.fileName, new TextEncoder().encode(made.content), 'application/json');
      setSaved({ file: made.fileName, count: made.events });
    });
  };

  let progress = null;
  if (busy) progress = t('syncExportBusy');
  else if (saved) progress = t('syncExportDone', saved);
  return (
    <>
      <div className="org-actions">
        <button type="button" className="button" onClick={exportEvents}>
          {t('syncExportButton')}
        </button>
      </div>
      <StatusMessage>{progress}</StatusMessage>
      <ErrorMessage error={error} />
    </>
  );
}

/** The file's text, or the screen's words for a file that cannot be read. */
async function fileText(file: File): Promise<string> {
  try {
    return await file.text();
  } catch {
    throw new ScreenProblem('importUnreadable');
  }
}

/** A file picker that reads a sync file in. */
function ImportEvents() {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [reading, setReading] = useState<string | null>(null);
  const [taken, setTaken] = useState<FileOutcome | null>(null);

  const importFile = (file: File): void => {
    if (busy) return;
    setTaken(null);
    setReading(file.name);
    void run(async () => {
      const content = await fileText(file);
      return api.syncImport({ fileName: file.name, content }).catch((failure: unknown) => {
        // The kiosk's words are about a kiosk joined to the wrong hub; here it is the file that belongs elsewhere.
        if (isFailure(failure, 'syncOtherEvent')) throw new ScreenProblem('syncImportOtherEvent', { file: file.name });
        throw failure;
      });
    }).then((result) => result && setTaken({ file: file.name, count: result.received }));
  };

  let progress = null;
  if (busy && reading !== null) progress = t('syncImportBusy', { file: reading });
  else if (taken && taken.count === 0) progress = t('syncImportNothingNew', taken);
  else if (taken) progress = t(taken.count === 1 ? 'syncImportDoneOne' : 'syncImportDoneMany', taken);
  return (
    <>
      <FileField label={t('syncImportLabel')} hint={t('syncImportHint')} accept=".json,application/json" onFile={importFile} />
      <StatusMessage>{progress}</StatusMessage>
      <ErrorMessage error={error} />
    </>
  );
}
