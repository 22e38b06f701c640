/**
 * The cloakroom: hand in against a numbered tag for the guest whose code was
 * scanned or whose name was picked from a search (or one without a code),
 * hand back a tag after seeing whose it is, and find a lost tag by the
 * guest's code or name. What hangs is kept in
 * memory and fresh with the log, so a tag typed for collection is shown at
 * once; the core records each hand-in and collection and its answer is the verdict.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { ChangeTopic, CloakResult, GuestTags, Owner, StationCounts, TagView } from '../../../shared/contract.js';
import { text } from '../../../shared/i18n.js';
import { cloakVerdictLines, ownerText } from '../../../shared/station-verdicts.js';
import { handBackLookup, handInVerdict, hangingAfter, type VerdictPlace } from '../../../shared/station-replica.js';
import { useApp, useText } from '../app-context.js';
import { CameraPanel } from '../common/camera-panel.js';
import { failureText } from '../common/failure-text.js';
import { osloTime } from '../../../shared/oslo-time.js';
import { useChanges } from '../common/use-changes.js';
import { useKeyboardWedge } from '../common/use-keyboard-wedge.js';
import { useLatestOnly } from '../common/use-latest-only.js';
import { RepeatFilter } from '../volunteer/repeat-filter.js';
import { useEventInfo } from '../volunteer/use-kiosk-figures.js';
import { SearchPanel, type SearchHit } from '../volunteer/search-panel.js';
import { searchTheCore } from './search-the-core.js';
import { StationBar } from './station-bar.js';
import { UndoLast } from './undo-last.js';
import { useStationCounts } from './use-station-counts.js';

/** Hand-ins here and at other kiosks (as they sync) change what hangs. */
const LOG_TOPICS: readonly ChangeTopic[] = ['door'];

type Mode = 'in' | 'out' | 'find';
/** The guest handing in: their code (null: without one) or their id when picked by name, and who it is, once known. */
interface Guest {
  readonly code: string | null;
  readonly registrantId?: string;
  readonly owner: Owner | null;
}

/** A guest picked from a name search, as the cloakroom names them. */
function pickedGuest(hit: SearchHit): Guest {
  return { code: null, registrantId: hit.id, owner: { id: hit.id, name: hit.name, organisation: hit.organisation } };
}
type Shown =
  | { readonly kind: 'result'; readonly result: CloakResult; readonly input: string }
  | { readonly kind: 'confirm'; readonly handIns: readonly TagView[] }
  | { readonly kind: 'error'; readonly message: string };

/** The cloakroom's screen. */
export function CloakroomScreen({ onOrganiser }: { readonly onOrganiser: () => void }) {
  const { api, language } = useApp();
  const t = useText();
  const ids = useId();
  const { counts, refresh: refreshCounts } = useStationCounts();
  const info = useEventInfo();
  const range = counts?.cloak.range ?? null;
  const [mode, setMode] = useState<Mode>('in');
  const [guest, setGuest] = useState<Guest | null>(null);
  const [tag, setTag] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const [hanging, setHanging] = useState<readonly TagView[]>([]);
  const [found, setFound] = useState<readonly GuestTags[] | null>(null);
  const tagInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const requests = useLatestOnly();
  const hangingRequests = useLatestOnly();
  const [repeats] = useState(() => new RepeatFilter());

  const refreshHanging = useCallback(() => hangingRequests.track(api.cloakList({ uncollected: true }), setHanging, () => {}), [api, hangingRequests]);
  useChanges(LOG_TOPICS, refreshHanging);
  const recorded = useCallback(() => {
    refreshHanging();
    refreshCounts();
  }, [refreshHanging, refreshCounts]);
  const fail = useCallback((error: unknown) => setShown({ kind: 'error', message: failureText(error, language) }), [language]);

  const find = useCallback((text: string) => requests.track(api.cloakFind({ query: text }), setFound, fail), [api, requests, fail]);
  const scan = useCallback(
    (code: string) => {
      const scanned = code.trim();
      if (scanned === '' || !repeats.accept(scanned, performance.now())) return;
      if (mode === 'in') {
        setGuest({ code: scanned, owner: null });
        setShown(null);
        // Who the code names, and the tags they already have hanging.
        requests.track(api.cloakFind({ query: scanned }), (guests) => setGuest({ code: scanned, owner: guests[0]?.owner ?? null }), fail);
        tagInput.current?.focus();
      } else {
        setMode('find');
        find(scanned);
      }
    },
    [mode, api, requests, fail, find, repeats],
  );
  useKeyboardWedge(scan, { typingTarget: tagInput });

  useEffect(() => {
    if (shown?.kind === 'confirm') confirmButton.current?.focus();
  }, [shown]);

  const pickGuest = useCallback((hit: SearchHit) => {
    setGuest(pickedGuest(hit));
    setShown(null);
    tagInput.current?.focus();
  }, []);
  // A guest picked at "lost tag" is looked up in what hangs here, kept fresh with the log.
  const pickLost = useCallback(
    (hit: SearchHit) => setFound([{ owner: pickedGuest(hit).owner!, tags: hanging.filter((h) => h.owner?.id === hit.id) }]),
    [hanging],
  );

  /** Now, at this kiosk: where a verdict from the copy is given. */
  const here = (): VerdictPlace => ({ at: new Date().toISOString(), kiosk: info?.kioskName ?? '' });
  /** Sends a hand-in or a collection to the core: its answer settles what the screen showed, and the copy follows it. */
  const record = (call: Promise<CloakResult>, input: string, handedIn: boolean): void => {
    requests.track(
      call,
      (result) => {
        setShown({ kind: 'result', result, input });
        setHanging((held) => hangingAfter(held, result, handedIn));
        if (result.verdict === 'ok') {
          setTag('');
          recorded();
        }
      },
      fail,
    );
  };
  const handIn = (): void => {
    if (!guest) {
      setShown({ kind: 'error', message: t('cloakGuestPrompt') });
      return;
    }
    const input = tag;
    // A scanned code the core has not named yet: whose it is shows with the core's answer.
    const named = guest.code === null || guest.owner !== null;
    const atOnce = named ? handInVerdict(hanging, range, input, guest.owner, here()) : null;
    if (atOnce) setShown({ kind: 'result', result: atOnce, input });
    record(api.cloakIn({ tag: input, code: guest.code, registrantId: guest.registrantId }), input, true);
  };
  const handOut = (): void => record(api.cloakOut({ tag }), tag, false);
  const lookUp = (): void => {
    const found = handBackLookup(hanging, range, tag, here());
    if (found?.kind === 'confirm') {
      setShown({ kind: 'confirm', handIns: found.handIns });
      return;
    }
    if (found) setShown({ kind: 'result', result: found.result, input: tag });
    // Not in this kiosk's copy: the core says why (not hanging), or collects one the copy had not heard of.
    handOut();
  };

  const cloak = counts?.cloak;
  const figures = cloak ? t('cloakCountsLine', { hanging: cloak.hanging, handedIn: cloak.handedIn, collected: cloak.collected }) : '';
  const verdict = shown?.kind === 'result' ? shown.result.verdict : (shown?.kind ?? 'idle');
  const tagLine = (h: TagView): string => t('cloakHangingLine', { tag: h.tag, owner: ownerText(h.owner, language), when: osloTime(h.at), kiosk: h.kiosk });
  const withoutCode = hanging.filter((h) => h.owner === null);
  const closingLine = (u: StationCounts['cloak']['uncollected'][number]): string => {
    const line = t('cloakHangingLine', { tag: u.tag, owner: ownerText(u.registrant, language), when: osloTime(u.at), kiosk: u.kiosk });
    return u.ownerLeft ? t('cloakClosingOwnerLeft', { line }) : line;
  };
  // From the event's end, what was not collected is listed with its owner; the counts are asked again at each change and every half minute.
  const closed = cloak !== undefined && Date.now() >= Date.parse(cloak.closesAt);
  const flagged = (cloak?.flagged ?? []).map((number) => ({ number, owners: cloak!.uncollected.filter((u) => u.tag === number).map((u) => ownerText(u.registrant, language)) }));
  const modes: readonly [Mode, 'cloakModeIn' | 'cloakModeOut' | 'cloakModeFind'][] = [
    ['in', 'cloakModeIn'],
    ['out', 'cloakModeOut'],
    ['find', 'cloakModeFind'],
  ];
  return (
    <div className="volunteer station">
      <StationBar station="garderobe" onOrganiser={onOrganiser}>
        <p className="volunteer-counts station-figures">{figures}</p>
      </StationBar>
      <main className="station-main">
        <fieldset className="station-modes">
          <legend>{t('cloakModes')}</legend>
          {modes.map(([value, label]) => (
            <label key={value}>
              <input type="radio" name={`${ids}-mode`} value={value} checked={mode === value} onChange={() => (setMode(value), setShown(null))} />
              {t(label)}
            </label>
          ))}
        </fieldset>

        <section className="station-verdict" aria-live="polite" data-verdict={verdict}>
          {shown?.kind === 'error' && <p role="alert">{shown.message}</p>}
          {shown?.kind === 'result' &&
            cloakVerdictLines(shown.result, shown.input, language, osloTime).map((line, i) => (i === 0 ? <h2 key={line}>{line}</h2> : <p key={line}>{line}</p>))}
          {shown?.kind === 'confirm' && (
            <>
              {shown.handIns.map((h) => (
                <h2 key={h.at}>{tagLine(h)}</h2>
              ))}
              <button ref={confirmButton} type="button" className="button primary" onClick={handOut}>
                {t('cloakConfirmOut')}
              </button>
            </>
          )}
        </section>

        {mode === 'in' && (
          <>
            <SearchPanel inputRef={searchInput} onPick={pickGuest} searchHere={searchTheCore} help="cloakSearchHelp" />
            <TagForm inputRef={tagInput} value={tag} onValue={setTag} button={t('cloakHandInButton')} onSubmit={handIn}>
              <p className="station-prompt">{guest ? t('cloakGuest', { owner: guest.owner || guest.code === null ? ownerText(guest.owner, language) : guest.code }) : t('cloakGuestPrompt')}</p>
              <div className="station-row">
                <button type="button" className="button" onClick={() => (setGuest({ code: null, owner: null }), setShown(null), tagInput.current?.focus())}>
                  {t('cloakWithoutCodeButton')}
                </button>
                {guest && (
                  <button type="button" className="button" onClick={() => (setGuest(null), setShown(null))}>
                    {t('cloakNextGuest')}
                  </button>
                )}
              </div>
            </TagForm>
          </>
        )}
        {mode === 'out' && <TagForm inputRef={tagInput} value={tag} onValue={setTag} button={t('cloakLookupButton')} onSubmit={lookUp} />}
        {mode === 'find' && (
          <section className="station-form" aria-label={t('cloakModeFind')}>
            <SearchPanel inputRef={searchInput} onPick={pickLost} searchHere={searchTheCore} help="cloakFindSearchHelp" />
            {found && (
              <ul className="station-found">
                {found.length === 0 && <li>{t('cloakFoundNone')}</li>}
                {found.map((g) => (
                  <li key={g.owner.id}>
                    {g.tags.length === 0
                      ? t('cloakGuestNoTags', { owner: ownerText(g.owner, language) })
                      : t('cloakGuestTags', { owner: ownerText(g.owner, language), tags: g.tags.map((h) => t('cloakTagAt', { tag: h.tag, when: osloTime(h.at) })).join(', ') })}
                  </li>
                ))}
              </ul>
            )}
            <h2>{t('cloakWithoutCodeHeading')}</h2>
            <ul className="station-found">
              {withoutCode.length === 0 && <li>{t('cloakWithoutCodeNone')}</li>}
              {withoutCode.map((h) => (
                <li key={`${h.tag}-${h.at}`}>{tagLine(h)}</li>
              ))}
            </ul>
          </section>
        )}

        <div className="station-actions">
          <UndoLast undo={() => api.cloakUndo({ reason: text('stationUndoReason', {}, 'nb') }).then(({ undone }) => undone !== null)} onUndone={recorded} />
        </div>
        {flagged.length > 0 && (
          <section className="station-flagged" aria-labelledby={`${ids}-flagged`}>
            <h2 id={`${ids}-flagged`}>{t('cloakFlaggedHeading')}</h2>
            <ul>
              {flagged.map((f) => (
                <li key={f.number}>{t('cloakFlagged', { tag: f.number, owners: f.owners.join(', ') })}</li>
              ))}
            </ul>
          </section>
        )}
        {closed && cloak && (
          <section className="station-closing" aria-labelledby={`${ids}-closing`}>
            <h2 id={`${ids}-closing`}>{t('cloakClosingHeading', { count: cloak.uncollected.length })}</h2>
            <p>{t('cloakClosingOwnersHint')}</p>
            <ul>
              {cloak.uncollected.map((u) => (
                <li key={`${u.tag}-${u.at}`}>{closingLine(u)}</li>
              ))}
            </ul>
          </section>
        )}
        <div className="volunteer-tools">
          <CameraPanel onCode={scan} />
        </div>
      </main>
    </div>
  );
}

/**
 * A tag number and its button, for handing in and for handing back: digits
 * on a phone's keypad, typed or scanned, and Enter; what comes first (the
 * guest) above the field.
 */
function TagForm({ inputRef, value, onValue, button, onSubmit, children }: {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly button: string;
  readonly onSubmit: () => void;
  readonly children?: ReactNode;
}) {
  const t = useText();
  const id = useId();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="station-form" onSubmit={submit} noValidate>
      {children}
      <div className="station-tag">
        <label htmlFor={id}>{t('cloakTagLabel')}</label>
        <input ref={inputRef} id={id} type="text" inputMode="numeric" autoComplete="off" value={value} onChange={(e) => onValue(e.target.value)} />
      </div>
      <button type="submit" className="button primary">
        {button}
      </button>
    </form>
  );
}
