/**
 * Setting up a real event on a kiosk that has none: name, date, capacity and
 * the organiser PIN; the registrants come next, in the import.
 */
import { useState } from 'react';
import { useApp, useText } from '../app-context.js';
import { CapacityField, parseCapacity } from './event-fields.js';
import { FormSection, TextField } from './form-parts.js';
import { NewPinFields, newPinProblem } from './pin-fields.js';
import { ScreenProblem, useAction } from './use-action.js';

/** Creates the event; hands on its key. */
export function SetupEventForm({ onCreated }: { readonly onCreated: (eventKey: string) => void }) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [capacity, setCapacity] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');

  const create = (): void => {
    void run(async () => {
      if (!name.trim()) throw new ScreenProblem('setupNameMissing');
      if (!date) throw new ScreenProblem('setupDateMissing');
      const problem = newPinProblem(pin, repeat);
      if (problem) throw problem;
      return api.setupEvent({ name, date, capacity: parseCapacity(capacity), pin });
    }).then((created) => created && onCreated(created.eventKey));
  };

  return (
    <FormSection
      title={t('welcomeImport')}
      intro={t('welcomeImportHelp')}
      submitText={t('setupSubmit')}
      busy={busy}
      error={error}
      status={busy ? t('setupBusy') : null}
      onSubmit={create}
    >
      <TextField label={t('settingName')} autoComplete="off" value={name} onValue={setName} />
      <TextField label={t('settingDate')} type="date" value={date} onValue={setDate} />
      <CapacityField value={capacity} onValue={setCapacity} />
      <NewPinFields pin={pin} repeat={repeat} onPin={setPin} onRepeat={setRepeat} />
    </FormSection>
  );
}
