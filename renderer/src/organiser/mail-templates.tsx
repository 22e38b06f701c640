/**
 * The emails' texts, and a preview of each email as edited, before saving.
 */
import { useEffect, useId, useState } from 'react';
import type { MailPreview } from '../../../shared/contract.js';
import { MAIL_KINDS, type EventSettingKey, type EventSettings, type MailKind } from '../../../shared/domain.js';
import type { UiTextKey } from '../../../shared/i18n.js';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage, SelectField } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { EventSettingsForm } from './event-settings-form.js';
import { useDebouncedValue } from './use-debounced-value.js';

const MAIL_KEYS: readonly EventSettingKey[] = ['mailSubject', 'mailIntro', 'mailIntroEn', 'waitlistSubject', 'waitlistIntro', 'waitlistIntroEn', 'mailSignature', 'mailSignatureEn'];

/** The preview follows the typing once it pauses, not at every key. */
const PREVIEW_PAUSE_MS = 400;

const KIND_TEXT: Readonly<Record<MailKind, UiTextKey>> = {
  confirmation: 'mailKindConfirmation',
  waitlist: 'mailKindWaitlist',
};

function isMailKind(value: string): value is MailKind {
  return (MAIL_KINDS as readonly string[]).includes(value);
}

/** The texts' form beside the preview. */
export function MailTemplates() {
  const { api } = useApp();
  const { error, run } = useAction();
  const t = useText();
  const [saved, setSaved] = useState<EventSettings | null>(null);
  const [draft, setDraft] = useState<EventSettings | null>(null);
  useEffect(() => {
    void run(() => api.eventSettingsGet({})).then((loaded) => {
      if (!loaded) return;
      setSaved(loaded);
      setDraft(loaded);
    });
  }, [api, run]);
  if (!saved || !draft) return <ErrorMessage error={error} />;
  return (
    <div className="org-mail-editor">
      <EventSettingsForm title={t('settingsMailTitle')} intro={t('settingsMailIntro')} keys={MAIL_KEYS} saved={saved} onSaved={setSaved} onDraft={setDraft} />
      <MailPreviewPanel draft={draft} />
    </div>
  );
}

/** One email as the kiosk would compose it from the texts being edited, for a sample attendee. */
function MailPreviewPanel({ draft }: { readonly draft: EventSettings }) {
  const { api } = useApp();
  const t = useText();
  const { error, run } = useAction();
  const headingId = useId();
  const [kind, setKind] = useState<MailKind>('confirmation');
  const [preview, setPreview] = useState<MailPreview | null>(null);
  const settled = useDebouncedValue(draft, PREVIEW_PAUSE_MS);

  useEffect(() => {
    const texts = Object.fromEntries(MAIL_KEYS.map((key) => [key, settled[key]]));
    void run(() => api.mailPreview({ kind, draft: texts })).then((shown) => shown && setPreview(shown));
  }, [api, run, kind, settled]);

  return (
    <section className="org-section org-mail-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mailPreviewTitle')}</h2>
      <p className="org-hint">{t('mailPreviewIntro')}</p>
      <SelectField
        label={t('mailPreviewKind')}
        value={kind}
        choices={MAIL_KINDS.map((k) => ({ value: k, label: t(KIND_TEXT[k]) }))}
        onValue={(value) => isMailKind(value) && setKind(value)}
      />
      <ErrorMessage error={error} />
      {preview && (
        <>
          <p className="org-mail-subject">
            <strong>{t('mailPreviewSubject')}</strong> {preview.subject}
          </p>
          {/* An empty sandbox: the email's HTML runs no script and reaches nothing of the kiosk's page. */}
          <iframe className="org-mail-frame" sandbox="" srcDoc={preview.html} title={t('mailPreviewFrame', { kind: t(KIND_TEXT[kind]) })} />
        </>
      )}
    </section>
  );
}
