/**
 * The registrant list: search as you type, filter by status and arrival,
 * page through, show a person's code (with their note for the security
 * check), the information desk for a person, and export everyone's codes.
 */
import { useEffect, useRef, useState } from 'react';
import type { RegistrantRow, ResponseOf } from '../../../shared/contract.js';
import { REGISTRANT_STATUSES, type RegistrantStatus } from '../../../shared/domain.js';
import type { UiTextKey } from '../../../shared/i18n.js';
import { osloTime } from '../../../shared/oslo-time.js';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage, SelectField, StatusMessage, TextField } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { DeskWalkIn } from './desk-walk-in.js';
import { ExportCodes } from './export-codes.js';
import { FocusHeading } from './focus-heading.js';
import { PersonPanel } from './person-panel.js';
import { RegistrantCode } from './registrant-code.js';
import { RegistrantDesk } from './registrant-desk.js';
import { RegistrantNote } from './registrant-note.js';
import { useDebouncedValue } from './use-debounced-value.js';

const PAGE_SIZE = 25;
const SEARCH_PAUSE_MS = 250;

/** What each status is called on the screen: words, never colour alone. */
export const STATUS_TEXT: Readonly<Record<RegistrantStatus, UiTextKey>> = {
  confirmed: 'statusConfirmed',
  waitlisted: 'statusWaitlisted',
  cancelled: 'statusCancelled',
};

function isStatus(value: string): value is RegistrantStatus {
  return (REGISTRANT_STATUSES as readonly string[]).includes(value);
}

/** The arrival filter's choices, each named on the screen. */
const ARRIVAL_TEXT = { arrived: 'arrivalArrived', notArrived: 'arrivalNotArrived' } as const satisfies Record<string, UiTextKey>;
type ArrivalFilter = keyof typeof ARRIVAL_TEXT;

function isArrivalFilter(value: string): value is ArrivalFilter {
  return Object.hasOwn(ARRIVAL_TEXT, value);
}

/** What opens above the list for one person: their code, the desk, or what is held about them. */
type Opened = { readonly kind: 'code' | 'desk' | 'person'; readonly registrant: RegistrantRow };

/** The list, with the chosen person's code above it. */
export function RegistrantList({ eventName }: { readonly eventName: string }) {
  const { api } = useApp();
  const t = useText();
  const { error, run } = useAction();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<RegistrantStatus | null>(null);
  const [arrival, setArrival] = useState<ArrivalFilter | null>(null);
  const [offset, setOffset] = useState(0);
  // The page with the offset it was loaded for: the status must not count the next page while this one still shows.
  const [page, setPage] = useState<(ResponseOf<'registrants'> & { readonly offset: number }) | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  // Raised after the desk changed someone, or a person was forgotten, so the page is read again.
  const [changes, setChanges] = useState(0);
  // Where focus goes back to when what was opened above the list is closed.
  const opener = useRef<HTMLElement | null>(null);
  const searched = useDebouncedValue(query.trim(), SEARCH_PAUSE_MS);

  useEffect(() => {
    void run(() => api.registrants({ query: searched || undefined, status: status ?? undefined, arrival: arrival ?? undefined, offset, limit: PAGE_SIZE })).then(
      (loaded) => loaded && setPage({ ...loaded, offset }),
    );
  }, [api, run, searched, status, arrival, offset, changes]);

  const close = (): void => {
    setOpened(null);
    opener.current?.focus();
  };
  const open = (kind: Opened['kind'], registrant: RegistrantRow, button: HTMLElement): void => {
    opener.current = button;
    setOpened({ kind, registrant });
  };

  return (
    <>
      <FocusHeading level={1}>{t('registrantsTitle')}</FocusHeading>
      <div className="org-filters" role="search">
        <TextField
          label={t('registrantsSearch')}
          type="search"
          autoComplete="off"
          value={query}
          onValue={(value) => {
            setQuery(value);
            setOffset(0);
          }}
        />
        <SelectField
          label={t('registrantsStatus')}
          value={status ?? ''}
          choices={[{ value: '', label: t('statusAll') }, ...REGISTRANT_STATUSES.map((s) => ({ value: s, label: t(STATUS_TEXT[s]) }))]}
          onValue={(value) => {
            setStatus(isStatus(value) ? value : null);
            setOffset(0);
          }}
        />
        <SelectField
          label={t('registrantsArrival')}
          value={arrival ?? ''}
          choices={[{ value: '', label: t('arrivalAll') }, ...Object.entries(ARRIVAL_TEXT).map(([value, key]) => ({ value, label: t(key) }))]}
          onValue={(value) => {
            setArrival(isArrivalFilter(value) ? value : null);
            setOffset(0);
          }}
        />
      </div>
      <StatusMessage>
        {page &&
          (page.total === 0
            ? t('registrantsNone')
            : t('registrantsShowing', { from: page.offset + 1, to: page.offset + page.items.length, total: page.total }))}
      </StatusMessage>
      <ErrorMessage error={error} />
      <DeskWalkIn onRegistered={() => setChanges((n) => n + 1)} />
      {opened?.kind === 'code' && <RegistrantCode key={opened.registrant.id} registrant={opened.registrant} eventName={eventName} onClose={close} />}
      {opened?.kind === 'code' && <RegistrantNote key={`note-${opened.registrant.id}`} registrant={opened.registrant} />}
      {opened?.kind === 'desk' && (
        <RegistrantDesk
          key={opened.registrant.id}
          registrant={opened.registrant}
          onClose={close}
          onChanged={(changed) => {
            setOpened({ kind: 'desk', registrant: changed });
            setChanges((n) => n + 1);
          }}
        />
      )}
      {opened?.kind === 'person' && (
        <PersonPanel key={opened.registrant.id} registrant={opened.registrant} onClose={close} onForgotten={() => setChanges((n) => n + 1)} />
      )}
      {page && page.items.length > 0 && (
        <div className="org-table-scroll">
          <table className="org-table">
            <caption className="visually-hidden">{t('registrantsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columnName')}</th>
                <th scope="col">{t('columnOrganisation')}</th>
                <th scope="col">{t('columnEmail')}</th>
                <th scope="col">{t('columnStatus')}</th>
                <th scope="col">{t('columnArrived')}</th>
                <th scope="col">{t('columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>{r.organisation}</td>
                  <td>{r.email}</td>
                  <td>{t(STATUS_TEXT[r.status])}</td>
                  <td>{r.arrivedAt ? osloTime(r.arrivedAt) : t('registrantsNotArrived')}</td>
                  <td className="org-row-actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={t('registrantsShowCodeFor', { name: r.name })}
                      onClick={(event) => open('code', r, event.currentTarget)}
                    >
                      {t('registrantsShowCode')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('personShow', { name: r.name || t('personForgottenName') })}
                      onClick={(event) => open('person', r, event.currentTarget)}
                    >
                      {t('personOpen')}
                    </button>
                    <button type="button" className="button" aria-label={t('deskOpenFor', { name: r.name })} onClick={(event) => open('desk', r, event.currentTarget)}>
                      {t('deskOpen')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && page.total > PAGE_SIZE && (
        <nav className="org-actions" aria-label={t('registrantsPages')}>
          <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('pagePrevious')}
          </button>
          <button type="button" className="button" disabled={offset + PAGE_SIZE >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t('pageNext')}
          </button>
        </nav>
      )}
      <ExportCodes />
    </>
  );
}
