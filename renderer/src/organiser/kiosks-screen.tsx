/**
 * The sync overview: how this kiosk stands with the others, the pairing code
 * that joins a new kiosk (or making this kiosk the one they join), moving
 * check-ins with a file, every kiosk seen, and the people let in twice while
 * kiosks were apart. Refreshed whenever the kiosk says they changed.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ChangeTopic, ResponseOf } from '../../../shared/contract.js';
import { ONLINE_WINDOW_MS } from '../../../shared/sync-protocol.js';
import { useApp, useStoredText, useText } from '../app-context.js';
import { ErrorMessage, Fact, StatusMessage, TableScroll } from '../common/form-parts.js';
import { isFailure } from '../api/api-error.js';
import { useAction } from '../common/use-action.js';
import { useChanges } from '../common/use-changes.js';
import { svgDataUrl } from './bytes.js';
import { FocusHeading } from './focus-heading.js';
import { SyncFilePanel } from './sync-file-panel.js';
import { whenAndAgoText, whenText } from './time-text.js';

/** The kiosks' rounds with the hub, and what they bring, change this screen. */
const TOPICS: readonly ChangeTopic[] = ['sync', 'door'];

type SyncStatus = ResponseOf<'syncStatus'>;
type Peer = ResponseOf<'peers'>[number];
type Conflict = ResponseOf<'conflicts'>[number];
type Pairing = ResponseOf<'pairingCode'>;

/** What the overview shows, and when it was asked for. */
interface Overview {
  readonly status: SyncStatus;
  readonly peers: readonly Peer[];
  readonly conflicts: readonly Conflict[];
  readonly now: number;
}

/** The pairing code, or word that this kiosk does not serve as hub; null until known. */
type PairingState = Pairing | 'notHub' | null;

/** The section. */
export function KiosksScreen() {
  const { api } = useApp();
  const t = useText();
  const { error, run } = useAction();
  const { error: pairingError, run: runPairing } = useAction();
  const sharing = useAction();
  const [overview, setOverview] = useState<Overview | null>(null);
  const [pairing, setPairing] = useState<PairingState>(null);
  const [shared, setShared] = useState(false);

  const refresh = useCallback(() => {
    void run(async () => {
      const [status, peers, conflicts] = await Promise.all([api.syncStatus({}), api.peers({}), api.conflicts({})]);
      return { status, peers, conflicts, now: Date.now() };
    }).then((loaded) => loaded && setOverview(loaded));
  }, [api, run]);
  useChanges(TOPICS, refresh);

  useEffect(() => {
    void runPairing(() =>
      api.pairingCode({}).catch((failure: unknown) => {
        if (isFailure(failure, 'notServingHub')) return 'notHub' as const;
        throw failure;
      }),
    ).then((loaded) => loaded && setPairing(loaded));
  }, [api, runPairing]);

  const share = (): void => {
    if (sharing.busy) return;
    void sharing.run(() => api.hubStart({})).then((started) => {
      if (!started) return;
      setPairing(started);
      setShared(true);
    });
  };

  return (
    <>
      <FocusHeading level={1}>{t('kiosksTitle')}</FocusHeading>
      <ErrorMessage error={error} />
      {overview ? <ThisKiosk overview={overview} isHub={pairing !== null && pairing !== 'notHub'} /> : !error && <p>{t('loading')}</p>}
      <PairingPanel
        pairing={pairing}
        error={pairingError}
        joined={overview ? overview.status.hub !== null : null}
        sharing={{ busy: sharing.busy, error: sharing.error, done: shared }}
        onShare={share}
      />
      <SyncFilePanel />
      {overview && <PeerTable peers={overview.peers} now={overview.now} />}
      {overview && <ConflictList conflicts={overview.conflicts} now={overview.now} />}
    </>
  );
}

type StateIconKind = 'connected' | 'disconnected' | 'hub' | 'alone';

/** An icon for a state; decorative, as the words beside it say the same. */
function StateIcon({ kind }: { readonly kind: StateIconKind }) {
  return (
    <svg className="org-state-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
      {kind === 'connected' && (
        <>
          <circle cx="12" cy="12" r="10" />
          <path d="m7 12.5 3.2 3.2L17 9" />
        </>
      )}
      {kind === 'disconnected' && (
        <>
          <circle cx="12" cy="12" r="10" />
          <path d="m8 8 8 8M16 8l-8 8" />
        </>
      )}
      {kind === 'hub' && (
        <>
          <circle cx="12" cy="12" r="3" />
          <path d="M12 2v5M12 17v5M2 12h5M17 12h5" />
        </>
      )}
      {kind === 'alone' && <circle cx="12" cy="12" r="10" />}
    </svg>
  );
}

/** This kiosk: in touch or not, the last sync, what waits to upload, and its list. */
function ThisKiosk({ overview, isHub }: { readonly overview: Overview; readonly isHub: boolean }) {
  const t = useText();
  const inLanguage = useStoredText();
  const headingId = useId();
  const { status, peers, now } = overview;
  let state: { readonly icon: StateIconKind; readonly text: string };
  if (status.hub !== null) state = status.online ? { icon: 'connected', text: t('syncOnline') } : { icon: 'disconnected', text: t('syncOffline') };
  else state = isHub ? { icon: 'hub', text: t('syncIsHub') } : { icon: 'alone', text: t('syncAlone') };
  // The hub syncs with nobody itself: its last sync is the last kiosk it heard from.
  const lastSync = status.hub !== null ? status.lastSyncAt : (peers[0]?.lastSeenAt ?? null);
  return (
    <section className="org-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('syncThisKiosk')}</h2>
      <p className="org-sync-state">
        <StateIcon kind={state.icon} />
        <span>{state.text}</span>
      </p>
      {status.hub !== null && !status.online && status.lastError && <p>{t('syncLastError', { error: inLanguage(status.lastError) })}</p>}
      <dl className="org-facts">
        <Fact term={t('syncKioskName')}>{status.kioskName}</Fact>
        <Fact term={t('syncLastSync')}>{lastSync ? whenAndAgoText(t, lastSync, now) : t('syncNever')}</Fact>
        {status.hub !== null && <Fact term={t('syncPending')}>{t('syncEventCount', { count: status.pending })}</Fact>}
        <Fact term={t('syncListRevision')}>{status.listRevision}</Fact>
      </dl>
    </section>
  );
}

/** Copies text to the clipboard; where the clipboard API is missing (plain http on the LAN), selects the element's text and copies that. */
async function copyText(text: string, element: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!element) return false;
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  }
}

/** Making this kiosk the hub from the screen: under way, failed, or done just now. */
interface Sharing {
  readonly busy: boolean;
  readonly error: unknown;
  readonly done: boolean;
}

/** The pairing code as a large QR and as text to copy; on a kiosk that joined none, a button that makes it the hub. */
function PairingPanel({ pairing, error, joined, sharing, onShare }: {
  readonly pairing: PairingState;
  readonly error: unknown;
  /** Whether this kiosk joined another one's hub; null until known. */
  readonly joined: boolean | null;
  readonly sharing: Sharing;
  readonly onShare: () => void;
}) {
  const t = useText();
  const headingId = useId();
  const codeRef = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  const copy = (code: string): void => {
    setCopied(null);
    void copyText(code, codeRef.current).then(setCopied, () => setCopied(false));
  };

  let body;
  if (pairing === null || (pairing === 'notHub' && joined === null)) body = error ? <ErrorMessage error={error} /> : <p>{t('loading')}</p>;
  else if (pairing === 'notHub' && joined) body = <p>{t('pairingJoined')}</p>;
  else if (pairing === 'notHub') {
    body = (
      <>
        <p>{t('hubShareIntro')}</p>
        <div className="org-actions">
          <button type="button" className="button primary" onClick={onShare}>
            {t('hubShareButton')}
          </button>
        </div>
        <ErrorMessage error={sharing.error} />
      </>
    );
  } else {
    body = (
      <>
        <p>{t('pairingIntro')}</p>
        <img className="org-pairing-qr" src={svgDataUrl(pairing.svg)} alt={t('pairingAlt')} />
        <h3>{t('pairingTextTitle')}</h3>
        <p>
          <code ref={codeRef} className="org-pairing-code">
            {pairing.code}
          </code>
        </p>
        <div className="org-actions">
          <button type="button" className="button" onClick={() => copy(pairing.code)}>
            {t('pairingCopy')}
          </button>
        </div>
        <StatusMessage>{copied === null ? null : t(copied ? 'pairingCopied' : 'pairingCopyFailed')}</StatusMessage>
      </>
    );
  }
  let progress = null;
  if (sharing.busy) progress = t('hubStarting');
  else if (sharing.done) progress = t('hubStarted');
  return (
    <section className="org-section" aria-labelledby={headingId}>
      {/* The button is gone once the kiosk shares the event: the heading takes the focus, above the new code. */}
      <FocusHeading level={2} id={headingId} focus={sharing.done}>
        {t('pairingTitle')}
      </FocusHeading>
      <StatusMessage>{progress}</StatusMessage>
      {body}
    </section>
  );
}

/** Every kiosk that has synced with this one. */
function PeerTable({ peers, now }: { readonly peers: readonly Peer[]; readonly now: number }) {
  const t = useText();
  const headingId = useId();
  const captionId = useId();
  return (
    <section className="org-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('peersTitle')}</h2>
      {peers.length === 0 ? (
        <p>{t('peersNone')}</p>
      ) : (
        <TableScroll labelId={captionId}>
          <table className="org-table">
            <caption id={captionId} className="visually-hidden">
              {t('peersCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('columnKiosk')}</th>
                <th scope="col">{t('columnStatus')}</th>
                <th scope="col">{t('columnLastSeen')}</th>
                <th scope="col">{t('columnEvents')}</th>
                <th scope="col">{t('columnListRevision')}</th>
              </tr>
            </thead>
            <tbody>
              {peers.map((p) => {
                const connected = now - Date.parse(p.lastSeenAt) < ONLINE_WINDOW_MS;
                return (
                  <tr key={p.kioskId}>
                    <th scope="row">{p.kioskName}</th>
                    <td>
                      <span className="org-sync-state">
                        <StateIcon kind={connected ? 'connected' : 'disconnected'} />
                        <span>{t(connected ? 'peerConnected' : 'peerDisconnected')}</span>
                      </span>
                    </td>
                    <td>{whenAndAgoText(t, p.lastSeenAt, now)}</td>
                    <td>{p.events}</td>
                    <td>{p.listRevision}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** The people let in twice, each admission with its kiosk and time, the first marked as the arrival. */
function ConflictList({ conflicts, now }: { readonly conflicts: readonly Conflict[]; readonly now: number }) {
  const t = useText();
  const headingId = useId();
  return (
    <section className="org-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('conflictsTitle')}</h2>
      {conflicts.length === 0 ? (
        <p>{t('conflictsNone')}</p>
      ) : (
        <>
          <p>{t('conflictsIntro')}</p>
          <ul className="org-conflicts">
            {conflicts.map((c) => (
              <li key={c.registrant.id}>
                <h3>{c.registrant.name}</h3>
                <ol>
                  {c.scans.map((scan, i) => (
                    <li key={i}>
                      {t(i === 0 ? 'conflictArrival' : 'conflictAgain', { when: whenText(t, scan.at, now), kiosk: scan.kiosk })}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
