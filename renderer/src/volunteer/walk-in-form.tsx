/**
 * Registering someone who never signed up, at the entrance: a name, an
 * organisation or municipality (suggested as they are typed, from the
 * municipalities of 2024), an email if they like. Only while there is room,
 * or with the organiser PIN. They are let in at once, and their new code is
 * shown as a QR for the cloakroom and the lunch counter.
 */
import { useEffect, useId, useState } from 'react';
import type { Override, ScanResult, WalkInResult } from '../../../shared/contract.js';
import { useApp, useText } from '../app-context.js';
import { FormSection, TextField } from '../common/form-parts.js';
import { ScreenProblem, useAction } from '../common/use-action.js';
import { NO_OVERRIDE, OverrideFields, overrideToSend } from './override-fields.js';

/** The municipalities, asked for once per page: they never change. */
let municipalities: Promise<readonly string[]> | null = null;

/** What the volunteer has typed. */
interface WalkInDraft {
  readonly name: string;
  readonly organisation: string;
  readonly email: string;
}

const EMPTY: WalkInDraft = { name: '', organisation: '', email: '' };

/** The organisation field, with the municipalities as suggestions. */
function OrganisationField({ value, onValue }: { readonly value: string; readonly onValue: (value: string) => void }) {
  const { api } = useApp();
  const t = useText();
  const id = useId();
  const [names, setNames] = useState<readonly string[]>([]);
  useEffect(() => {
    let wanted = true;
    municipalities ??= api.municipalities({}).catch((error: unknown) => {
      // Asked again next time: the form works without suggestions meanwhile.
      municipalities = null;
      throw error;
    });
    municipalities.then((list) => wanted && setNames(list), () => {});
    return () => {
      wanted = false;
    };
  }, [api]);
  return (
    <>
      <TextField label={t('walkInOrganisation')} hint={t('walkInOrganisationHelp')} autoComplete="off" list={`${id}-places`} maxLength={200} value={value} onValue={onValue} />
      <datalist id={`${id}-places`}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}

/** The walk-in's new code: the QR to photograph, and the code in writing. */
function WalkInCode({ registered, onClose }: { readonly registered: WalkInResult; readonly onClose: () => void }) {
  const t = useText();
  const name = registered.result.registrant?.name ?? '';
  const image = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(registered.svg)}`;
  return (
    <section className="walk-in-code" aria-label={t('walkInDone', { name })}>
      <p role="status">{t('walkInDone', { name })}</p>
      <img className="walk-in-qr" src={image} alt={t('codeAlt', { name })} />
      <p className="walk-in-ref">{registered.code}</p>
      <p>{t('walkInCodeHelp')}</p>
      <button type="button" className="button primary" onClick={onClose}>
        {t('walkInClose')}
      </button>
    </section>
  );
}

/** The button that opens the form, the form, and the new code once registered; `onRegistered` shows the admission as the door's verdict. */
export function WalkInDesk({ roomLeft, onRegistered }: {
  /** False when the room is full: registering then takes the organiser PIN. */
  readonly roomLeft: boolean;
  readonly onRegistered: (result: ScanResult) => void;
}) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<WalkInDraft>(EMPTY);
  const [override, setOverride] = useState<Override>(NO_OVERRIDE);
  const [registered, setRegistered] = useState<WalkInResult | null>(null);

  if (registered) return <WalkInCode registered={registered} onClose={() => setRegistered(null)} />;
  if (!open) {
    return (
      <button type="button" className="button walk-in-open" onClick={() => setOpen(true)}>
        {t('walkInOpen')}
      </button>
    );
  }
  const register = (): void => {
    void run(() => {
      const name = draft.name.trim();
      if (name === '') throw new ScreenProblem('walkInNeedsName');
      const organisation = draft.organisation.trim();
      const email = draft.email.trim();
      return api.walkIn({ name, organisation: organisation || null, email: email || null, ...(roomLeft ? {} : { override: overrideToSend(override) }) });
    }).then((result) => {
      if (!result) return;
      setOpen(false);
      setDraft(EMPTY);
      setOverride(NO_OVERRIDE);
      setRegistered(result);
      onRegistered(result.result);
    });
  };
  return (
    <FormSection title={t('walkInHeading')} intro={roomLeft ? undefined : t('walkInNoRoom')} submitText={t('walkInSubmit')} busy={busy} error={error} status={null} onSubmit={register}>
      <TextField label={t('walkInName')} autoComplete="off" autoFocus maxLength={200} value={draft.name} onValue={(name) => setDraft({ ...draft, name })} />
      <OrganisationField value={draft.organisation} onValue={(organisation) => setDraft({ ...draft, organisation })} />
      <TextField label={t('walkInEmail')} type="email" autoComplete="off" maxLength={200} value={draft.email} onValue={(email) => setDraft({ ...draft, email })} />
      {!roomLeft && <OverrideFields draft={override} onDraft={setOverride} />}
      <button type="button" className="button" onClick={() => setOpen(false)}>
        {t('walkInCancel')}
      </button>
    </FormSection>
  );
}
