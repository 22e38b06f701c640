/**
 * Undoing this kiosk's last record at a station, and saying how it went.
 */
import { useState } from 'react';
import { useApp, useText } from '../app-context.js';
import { failureText } from '../common/failure-text.js';

/** The undo button and its outcome; `undo` resolves to false when there was nothing to undo. */
export function UndoLast({ undo, onUndone }: { readonly undo: () => Promise<boolean>; readonly onUndone: () => void }) {
  const { language } = useApp();
  const t = useText();
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const press = (): void => {
    setBusy(true);
    undo().then(
      (undone) => {
        setBusy(false);
        setSaid(undone ? t('stationUndone') : t('stationNothingToUndo'));
        onUndone();
      },
      (error: unknown) => {
        setBusy(false);
        setSaid(failureText(error, language));
      },
    );
  };
  return (
    <div className="station-undo">
      <button type="button" className="button" disabled={busy} onClick={press}>
        {t('stationUndoLast')}
      </button>
      <p role="status">{said}</p>
    </div>
  );
}
