/**
 * The settings: the event (name, date, capacity, times, where to go), the
 * confirmation email's texts, this kiosk's name and language, and the PIN.
 */
import { Fragment, useEffect, useState } from 'react';
import type { Settings } from '../../../shared/contract.js';
import type { EventSettingKey, EventSettings } from '../../../shared/domain.js';
import type { UiTextKey } from '../../../shared/ui-text.js';
import { useApp, useText } from '../app-context.js';
import { CapacityField, parseCapacity } from './event-fields.js';
import { FocusHeading } from './focus-heading.js';
import { ErrorMessage, FormSection, SelectField, TextField } from './form-parts.js';
import type { EventInfo } from './organiser-shell.js';
import { NewPinFields, newPinProblem } from './pin-fields.js';
import { useAction } from './use-action.js';

/** What each event setting is called on the screen. */
const SETTING_TEXT: Readonly<Record<EventSettingKey, UiTextKey>> = {
  name: 'settingName',
  date: 'settingDate',
  starts: 'settingStarts',
  ends: 'settingEnds',
  registrationOpens: 'settingRegistrationOpens',
  venue: 'settingVenue',
  entrance: 'settingEntrance',
  entranceEn: 'settingEntranceEn',
  practical: 'settingPractical',
  practicalEn: 'settingPracticalEn',
  mailSubject: 'settingMailSubject',
  mailIntro: 'settingMailIntro',
  mailIntroEn: 'settingMailIntroEn',
  waitlistSubject: 'settingWaitlistSubject',
  waitlistIntro: 'settingWaitlistIntro',
  waitlistIntroEn: 'settingWaitlistIntroEn',
  mailSignature: 'settingMailSignature',
  mailSignatureEn: 'settingMailSignatureEn',
};

/** The input each setting needs, where plain one-line text will not do. */
const SETTING_INPUT: Readonly<Partial<Record<EventSettingKey, 'date' | 'time' | 'multiline'>>> = {
  date: 'date',
  starts: 'time',
  ends: 'time',
  registrationOpens: 'time',
  practical: 'multiline',
  practicalEn: 'multiline',
  mailIntro: 'multiline',
  mailIntroEn: 'multiline',
  waitlistIntro: 'multiline',
  waitlistIntroEn: 'multiline',
  mailSignature: 'multiline',
  mailSignatureEn: 'multiline',
};

const EVENT_KEYS: readonly EventSettingKey[] = ['name', 'date', 'registrationOpens', 'starts', 'ends', 'venue', 'entrance', 'entranceEn', 'practical', 'practicalEn'];
const MAIL_KEYS: readonly EventSettingKey[] = ['mailSubject', 'mailIntro', 'mailIntroEn', 'waitlistSubject', 'waitlistIntro', 'waitlistIntroEn', 'mailSignature', 'mailSignatureEn'];

/** Every settings form, each saved on its own. */
export function SettingsScreen({ event, onEvent }: { readonly event: EventInfo | null; readonly onEvent: (event: EventInfo) => void }) {
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
      {saved && event && (
        <>
          <EventSettingsForm title={t('settingsEventTitle')} keys={EVENT_KEYS} saved={saved} capacity={event.capacity} onSaved={onSaved} />
          <EventSettingsForm title={t('settingsMailTitle')} intro={t('settingsMailIntro')} keys={MAIL_KEYS} saved={saved} onSaved={onSaved} />
        </>
      )}
      <KioskSettingsForm />
      <PinChangeForm />
    </>
  );
}

/** Some of the event's settings (and its capacity, when given), saving only what changed. */
function EventSettingsForm({ title, intro, keys, saved, capacity, onSaved }: {
  readonly title: string;
  readonly intro?: string;
  readonly keys: readonly EventSettingKey[];
  readonly saved: EventSettings;
  /** The current capacity, to show its field (after the date); undefined for a form without it. */
  readonly capacity?: number | null;
  readonly onSaved: (settings: EventSettings, event: EventInfo) => void;
}) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [draft, setDraft] = useState<EventSettings>(saved);
  const [capacityText, setCapacityText] = useState(capacity == null ? '' : String(capacity));
  const [done, setDone] = useState(false);

  const save = (): void => {
    setDone(false);
    void run(async () => {
      const newCapacity = capacity === undefined ? undefined : parseCapacity(capacityText);
      const changes = Object.fromEntries(keys.filter((k) => draft[k] !== saved[k]).map((k) => [k, draft[k]]));
      const settings = Object.keys(changes).length > 0 ? await api.eventSettingsSet(changes) : saved;
      const event = newCapacity !== undefined && newCapacity !== capacity ? await api.eventUpdate({ capacity: newCapacity }) : await api.eventInfo({});
      return { settings, event };
    }).then((result) => {
      if (!result) return;
      setDraft(result.settings);
      setDone(true);
      onSaved(result.settings, result.event);
    });
  };

  return (
    <FormSection title={title} intro={intro} submitText={t('settingsSave')} busy={busy} error={error} status={done ? t('settingsSaved') : null} onSubmit={save}>
      {keys.map((key) => {
        const input = SETTING_INPUT[key];
        return (
          <Fragment key={key}>
            <TextField
              label={t(SETTING_TEXT[key])}
              type={input === 'date' || input === 'time' ? input : 'text'}
              multiline={input === 'multiline'}
              value={draft[key]}
              onValue={(value) => setDraft((d) => ({ ...d, [key]: value }))}
            />
            {key === 'date' && capacity !== undefined && <CapacityField value={capacityText} onValue={setCapacityText} />}
          </Fragment>
        );
      })}
    </FormSection>
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
