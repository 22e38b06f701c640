/**
 * Letting one more in when the room is full: only with the organiser PIN,
 * and with who allows it and why, kept in the log as a forced admission.
 */
import { useState } from 'react';
import type { Override, ScanResult } from '../../../shared/contract.js';
import { useApp, useText } from '../app-context.js';
import { FormSection } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { NO_OVERRIDE, OverrideFields, overrideToSend } from './override-fields.js';

/** The button under a "full" verdict, and the form it opens. */
export function ForcedAdmission({ registrantId, onAdmitted }: { readonly registrantId: string; readonly onAdmitted: (result: ScanResult) => void }) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Override>(NO_OVERRIDE);
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('overrideOpen')}
      </button>
    );
  }
  const admit = (): void => {
    void run(() => api.admitForced({ registrantId, override: overrideToSend(draft) })).then((result) => {
      if (!result) return;
      setOpen(false);
      setDraft(NO_OVERRIDE);
      onAdmitted(result);
    });
  };
  return (
    <FormSection title={t('overrideHeading')} intro={t('overrideIntro')} submitText={t('overrideSubmit')} busy={busy} error={error} status={null} onSubmit={admit}>
      <OverrideFields draft={draft} onDraft={setDraft} />
      <button type="button" className="button" onClick={() => setOpen(false)}>
        {t('overrideCancel')}
      </button>
    </FormSection>
  );
}
