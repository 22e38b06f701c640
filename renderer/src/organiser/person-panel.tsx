/**
 * Everything the kiosk holds about one registrant, for a request for access:
 * their fields, their events and their emails; and deleting their personal
 * data on every kiosk, after a confirmation that names them.
 */
import { useEffect, useState } from 'react';
import type { RegistrantRow, ResponseOf } from '../../../shared/contract.js';
import { osloDay, osloTime } from '../../../shared/oslo-time.js';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage, Fact, StatusMessage } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { FocusHeading } from './focus-heading.js';
import { STATUS_TEXT } from './registrant-list.js';

type PersonData = ResponseOf<'person'>;

/** A moment as the organiser reads it: the day and the time, in Oslo. */
function when(at: string): string {
  return `${osloDay(at).date} ${osloTime(at)}`;
}

/** The person's data, with buttons to close it or to forget them; `onForgotten` once they are. */
export function PersonPanel({ registrant, onClose, onForgotten }: {
  readonly registrant: RegistrantRow;
  readonly onClose: () => void;
  readonly onForgotten: () => void;
}) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [person, setPerson] = useState<PersonData | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [forgotten, setForgotten] = useState(false);

  useEffect(() => {
    void run(() => api.person({ registrantId: registrant.id })).then((loaded) => loaded && setPerson(loaded));
  }, [api, run, registrant.id]);

  const forget = (): void => {
    void run(async () => {
      await api.forget({ registrantId: registrant.id });
      return api.person({ registrantId: registrant.id });
    }).then((loaded) => {
      if (!loaded) return;
      setPerson(loaded);
      setConfirming(false);
      setForgotten(true);
      onForgotten();
    });
  };

  const r = person?.registrant;
  const name = registrant.name || t('personForgottenName');
  return (
    <section className="org-code">
      <FocusHeading level={2}>{t('personTitle', { name })}</FocusHeading>
      <ErrorMessage error={error} />
      {r && person && (
        <>
          <h3>{t('personFields')}</h3>
          <dl className="org-facts">
            <Fact term={t('columnName')}>{r.name || t('personForgottenName')}</Fact>
            <Fact term={t('columnEmail')}>{r.email ?? '–'}</Fact>
            <Fact term={t('columnOrganisation')}>{r.organisation ?? '–'}</Fact>
            <Fact term={t('columnStatus')}>{t(STATUS_TEXT[r.status])}</Fact>
            <Fact term={t('personRole')}>{r.role ?? '–'}</Fact>
            <Fact term={t('personDietary')}>{r.dietary ?? '–'}</Fact>
            <Fact term={t('personId')}>{r.id}</Fact>
            <Fact term={t('personRef')}>{r.ref ?? '–'}</Fact>
            <Fact term={t('personBarcode')}>{r.barcode ?? '–'}</Fact>
            <Fact term={t('columnArrived')}>{person.arrivedAt ? when(person.arrivedAt) : t('registrantsNotArrived')}</Fact>
            <Fact term={t('personCode')}>{r.code || '–'}</Fact>
            <Fact term={t('personNote')}>{r.note ?? '–'}</Fact>
          </dl>
          <h3>{t('personEvents')}</h3>
          {person.events.length === 0 ? (
            <p>{t('personNoEvents')}</p>
          ) : (
            <ul>
              {person.events.map((e) => (
                <li key={e.id}>
                  {when(e.at)} · {e.kind} · {e.kioskName} ({e.station}) · <code>{JSON.stringify(e.details)}</code>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('personMails')}</h3>
          {person.mails.length === 0 ? (
            <p>{t('personNoMails')}</p>
          ) : (
            <ul>
              {person.mails.map((m) => (
                <li key={m.kind}>
                  {m.kind}: {m.state} · {when(m.updatedAt)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <StatusMessage>{forgotten ? t('personForgotten') : null}</StatusMessage>
      {confirming && (
        <>
          <p>{t('personForgetConfirm', { name })}</p>
          <div className="org-actions">
            <button type="button" className="button danger" disabled={busy} onClick={forget}>
              {t('personForgetYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('purgeCancel')}
            </button>
          </div>
        </>
      )}
      <div className="org-actions">
        {!confirming && !forgotten && r?.name && (
          <button type="button" className="button danger" onClick={() => setConfirming(true)}>
            {t('personForget')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('personClose')}
        </button>
      </div>
    </section>
  );
}
