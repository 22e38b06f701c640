/**
 * The settings: the event (name, date, capacity, times, where to go), this
 * kiosk's name and language, the PIN, and last, set apart, leaving the event.
 * The email texts are in the email section.
 */
import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/contract.js';
import type { EventSettingKey, EventSettings } from '../../../shared/domain.js';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage, FormSection, SelectField, TextField } from '../common/form-parts.js';
import { NewPinFields, newPinProblem } from '../common/pin-fields.js';
import { useAction } from '../common/use-action.js';
import { EventSettingsForm } from './event-settings-form.js';
import { FocusHeading } from './focus-heading.js';
import { LeaveEventPanel } from './leave-event-panel.js';
import { PrivacyPanel } from './privacy-panel.js';
import { StationSwitch } from './station-switch.js';
import type { EventInfo } from './organiser-shell.js';
import { WaitlistRelease } from './waitlist-release.js';

const EVENT_KEYS: readonly EventSettingKey[] = ['name', 'date', 'registrationOpens', 'starts', 'ends', 'waitlistRelease', 'venue', 'entrance', 'entranceEn', 'practical', 'practicalEn'];

/** Every settings form, each saved on its own; `onLeftEvent` once the kiosk has left the event. */
export function SettingsScreen({ event, onEvent, onLeftEvent }: {
  readonly event: EventInfo | null;
  readonly onEvent: (event: EventInfo) => void;
  readonly onLeftEvent: (eventName: string) => void;
}) {
  const { api } = useApp();
  const t = useText();
  const { error, run } = useAction();
  const [saved, setSaved] = useState<EventSettings | null>(null);
  useEffect(() => {
    void run(() => api.eventSettingsGet({})).then((loaded) => loaded && setSaved(loaded));
  }, [api, run]);

  const onSaved = (settings: EventSettings, info: EventInfo): void => {
    setSaved(settings);
    onEvent(info);
  };
  return (
    <>
      <FocusHeading level={1}>{t('settingsTitle')}</FocusHeading>
      <ErrorMessage error={error} />
      {saved && event && <EventSettingsForm title={t('settingsEventTitle')} keys={EVENT_KEYS} saved={saved} capacity={event.capacity} onSaved={onSaved} />}
      <WaitlistRelease />
      <KioskSettingsForm />
      <StationSwitch />
      <PinChangeForm />
      {saved && event && <PrivacyPanel saved={saved} onSaved={onSaved} />}
      {event && <LeaveEventPanel eventName={event.name} onLeft={onLeftEvent} />}
    </>
  );
}

/** This kiosk's name (shown in the attendance report) and the language it starts in. */
function KioskSettingsForm() {
  const { api, setLanguage } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [draft, setDraft] = useState<Settings | null>(null);
  const [done, setDone] = useState(false);
  useEffect(() => {
    void run(() => api.settingsGet({})).then((loaded) => loaded && setDraft(loaded));
  }, [api, run]);
  if (!draft) return <ErrorMessage error={error} />;

  const save = (): void => {
    setDone(false);
    void run(() => api.settingsSet(draft)).then((settings) => {
      if (!settings) return;
      setDraft(settings);
      setLanguage(settings.language);
      setDone(true);
    });
  };
  return (
    <FormSection title={t('settingsKioskTitle')} submitText={t('settingsSave')} busy={busy} error={error} status={done ? t('settingsSaved') : null} onSubmit={save}>
      <TextField label={t('settingKioskName')} hint={t('settingKioskNameHint')} autoComplete="off" value={draft.kioskName} onValue={(kioskName) => setDraft({ ...draft, kioskName })} />
      <SelectField
        label={t('settingLanguage')}
        value={draft.language}
        choices={[
          { value: 'nb', label: 'Norsk (bokmål)' },
          { value: 'en', label: 'English' },
        ]}
        onValue={(language) => setDraft({ ...draft, language: language === 'en' ? 'en' : 'nb' })}
      />
    </FormSection>
  );
}

/** A new PIN, typed twice. */
function PinChangeForm() {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);

  const save = (): void => {
    setDone(false);
    void run(async () => {
      const problem = newPinProblem(pin, repeat);
      if (problem) throw problem;
      return api.pinChange({ pin });
    }).then((changed) => {
      setPin('');
      setRepeat('');
      setDone(changed !== undefined);
    });
  };
  return (
    <FormSection title={t('settingsPinTitle')} intro={t('settingsPinIntro')} submitText={t('settingsPinSubmit')} busy={busy} error={error} status={done ? t('settingsPinChanged') : null} onSubmit={save}>
      <NewPinFields pin={pin} repeat={repeat} onPin={setPin} onRepeat={setRepeat} />
    </FormSection>
  );
}
