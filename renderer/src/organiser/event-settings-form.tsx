/**
 * A form for some of the event's settings: the event itself in the settings,
 * the email texts in the email section.
 */
import { Fragment, useState } from 'react';
import type { EventSettingKey, EventSettings } from '../../../shared/domain.js';
import type { UiTextKey } from '../../../shared/i18n.js';
import { useApp, useText } from '../app-context.js';
import { CapacityField, parseCapacity } from '../common/event-fields.js';
import { FormSection, TextField } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import type { EventInfo } from './organiser-shell.js';

/** What each event setting is called on the screen. */
const SETTING_TEXT: Readonly<Record<EventSettingKey, UiTextKey>> = {
  name: 'settingName',
  date: 'settingDate',
  starts: 'settingStarts',
  ends: 'settingEnds',
  registrationOpens: 'settingRegistrationOpens',
  venue: 'settingVenue',
  cloakTags: 'settingCloakTags',
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
  capacity: 'settingCapacity',
  waitlistRelease: 'settingWaitlistRelease',
  retainUntil: 'settingRetainUntil',
};

/** The input each setting needs, where plain one-line text will not do. */
const SETTING_INPUT: Readonly<Partial<Record<EventSettingKey, 'date' | 'time' | 'multiline'>>> = {
  date: 'date',
  retainUntil: 'date',
  starts: 'time',
  ends: 'time',
  registrationOpens: 'time',
  waitlistRelease: 'time',
  practical: 'multiline',
  practicalEn: 'multiline',
  mailIntro: 'multiline',
  mailIntroEn: 'multiline',
  waitlistIntro: 'multiline',
  waitlistIntroEn: 'multiline',
  mailSignature: 'multiline',
  mailSignatureEn: 'multiline',
};

/** Some of the event's settings (and its capacity, when given), saving only what changed. */
export function EventSettingsForm({ title, intro, keys, saved, capacity, onSaved, onDraft }: {
  readonly title: string;
  readonly intro?: string;
  readonly keys: readonly EventSettingKey[];
  readonly saved: EventSettings;
  /** The current capacity, to show its field (after the date); undefined for a form without it. */
  readonly capacity?: number | null;
  readonly onSaved: (settings: EventSettings, event: EventInfo) => void;
  /** Told every edit, saved or not, e.g. for a preview. */
  readonly onDraft?: (draft: EventSettings) => void;
}) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [draft, setDraft] = useState<EventSettings>(saved);
  const [capacityText, setCapacityText] = useState(capacity == null ? '' : String(capacity));
  const [done, setDone] = useState(false);

  const edit = (next: EventSettings): void => {
    setDraft(next);
    onDraft?.(next);
  };

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
      edit(result.settings);
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
              onValue={(value) => edit({ ...draft, [key]: value })}
            />
            {key === 'date' && capacity !== undefined && <CapacityField value={capacityText} onValue={setCapacityText} />}
          </Fragment>
        );
      })}
    </FormSection>
  );
}
