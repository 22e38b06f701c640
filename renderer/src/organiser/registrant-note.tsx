/**
 * A registrant's note for the security check, set or cleared by the
 * organiser: an event in the log, so every kiosk's door shows it on a scan.
 */
import { useState } from 'react';
import { useApp, useText } from '../app-context.js';
import { FormSection, TextField } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';

/** The note's field, starting from the note in force, and saving or clearing it. */
export function RegistrantNote({ registrant }: { readonly registrant: { readonly id: string; readonly name: string; readonly note: string | null } }) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [note, setNote] = useState(registrant.note ?? '');
  const [said, setSaid] = useState<string | null>(null);
  const save = (text: string | null): void => {
    setSaid(null);
    void run(() => api.noteSet({ registrantId: registrant.id, note: text })).then((saved) => {
      if (!saved) return;
      setNote(saved.note ?? '');
      setSaid(saved.note ? t('noteSaved') : t('noteCleared'));
    });
  };
  return (
    <FormSection title={t('noteFor', { name: registrant.name })} submitText={t('noteSave')} busy={busy} error={error} status={said} onSubmit={() => save(note.trim() || null)}>
      <TextField label={t('noteEdit')} hint={t('noteEditHelp')} autoComplete="off" maxLength={500} value={note} onValue={setNote} />
      <button type="button" className="button" disabled={busy} onClick={() => save(null)}>
        {t('noteClear')}
      </button>
    </FormSection>
  );
}
