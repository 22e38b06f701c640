/**
 * The lunch counter: the guest's code from the handheld scanner or the
 * webcam, or their name picked from a search, their dietary needs filling the screen, a second lunch warned and
 * served with one more press, "+1 without a code", and the kitchen's summary.
 * The verdict is decided within the keystroke from the door's copy of the
 * list (who the code names, whether they arrived) and the counter's own copy
 * (dietary needs, earlier lunches), both in memory only; the core records the
 * lunch and its answer settles the verdict.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeTopic } from '../../../shared/contract.js';
import { lunchCopyAfter, lunchCopyOf, lunchVerdict, type LunchCopy } from '../../../shared/station-replica.js';
import { useChanges } from '../common/use-changes.js';
import { LocalDoor } from '../volunteer/local-door.js';
import type { LunchResult, RequestOf } from '../../../shared/contract.js';
import { text } from '../../../shared/i18n.js';
import { lunchVerdictLines } from '../../../shared/station-verdicts.js';
import { useApp, useText } from '../app-context.js';
import { CameraPanel } from '../common/camera-panel.js';
import { failureText } from '../common/failure-text.js';
import { osloTime } from '../../../shared/oslo-time.js';
import { useKeyboardWedge } from '../common/use-keyboard-wedge.js';
import { useLatestOnly } from '../common/use-latest-only.js';
import { RepeatFilter } from '../volunteer/repeat-filter.js';
import { SearchPanel, type SearchHit } from '../volunteer/search-panel.js';
import { StationBar } from './station-bar.js';
import { UndoLast } from './undo-last.js';
import { useStationCounts } from './use-station-counts.js';

/** Whom a lunch is for: a code (null: nobody named), or a guest picked by name. */
type LunchGuest = Pick<RequestOf<'lunchServe'>, 'code' | 'registrantId'>;

/** What the screen shows after a serving: the core's answer and whom it was for, or a failure. */
type Shown = { readonly kind: 'result'; readonly result: LunchResult; readonly guest: LunchGuest } | { readonly kind: 'error'; readonly message: string };

/** Arrivals and lunches here and at other kiosks (as they sync) change what the copies hold. */
const LOG_TOPICS: readonly ChangeTopic[] = ['door'];

/** Nobody named: "+1 without a code". */
const ANONYMOUS: LunchGuest = { code: null };

/** The lunch counter's screen. */
export function LunchScreen({ onOrganiser }: { readonly onOrganiser: () => void }) {
  const { api, language } = useApp();
  const t = useText();
  const { counts, refresh: refreshCounts } = useStationCounts();
  const [shown, setShown] = useState<Shown | null>(null);
  const servings = useLatestOnly();
  const serveAgain = useRef<HTMLButtonElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const [door] = useState(() => new LocalDoor(api));
  const [copy, setCopy] = useState<LunchCopy | null>(null);
  const copyRequests = useLatestOnly();
  const refreshCopies = useCallback(() => {
    door.refresh();
    copyRequests.track(api.lunchList({}), (list) => setCopy(lunchCopyOf(list)), () => {});
  }, [api, door, copyRequests]);
  useEffect(() => {
    door.start();
    return () => door.stop();
  }, [door]);
  useEffect(refreshCopies, [refreshCopies]);
  useChanges(LOG_TOPICS, refreshCopies);
  /** The serving under way: a verdict from the copies shows only until the core answers it, and only for the latest. */
  const latest = useRef(0);

  const serve = useCallback(
    (guest: LunchGuest, again = false) => {
      const serving = ++latest.current;
      let answered = false;
      const found = guest.registrantId !== undefined ? door.pickVerdict(guest.registrantId) : guest.code !== null ? door.scanVerdict(guest.code) : null;
      // A token's signature is checked asynchronously: the verdict shows when it is known, unless the core was quicker.
      void Promise.resolve(found).then((scanned) => {
        const atOnce = scanned && copy && lunchVerdict(copy, scanned, again, { at: new Date().toISOString(), kiosk: scanned.kiosk });
        if (atOnce && !answered && latest.current === serving) setShown({ kind: 'result', result: atOnce, guest });
      });
      servings.track(
        api.lunchServe({ ...guest, again }),
        (result) => {
          answered = true;
          setShown({ kind: 'result', result, guest });
          setCopy((held) => held && lunchCopyAfter(held, result));
          refreshCounts();
        },
        (error) => {
          answered = true;
          setShown({ kind: 'error', message: failureText(error, language) });
        },
      );
    },
    [api, servings, refreshCounts, language, door, copy],
  );
  const searchHere = useCallback((query: string, limit: number) => door.search(query, limit), [door]);
  const [repeats] = useState(() => new RepeatFilter());
  // A code held in front of the camera, or sent twice by a scanner, is one lunch.
  const scan = useCallback((code: string) => {
    const scanned = code.trim();
    if (scanned !== '' && repeats.accept(scanned, performance.now())) serve({ code: scanned });
  }, [repeats, serve]);
  useKeyboardWedge(scan);
  const pick = useCallback((hit: SearchHit) => serve({ code: null, registrantId: hit.id }), [serve]);

  const warned = shown?.kind === 'result' && shown.result.verdict === 'second_lunch';
  useEffect(() => {
    if (warned) serveAgain.current?.focus();
  }, [warned, shown]);

  const lunch = counts?.lunch;
  const figures = lunch ? t('lunchCountsLine', { served: lunch.served, left: lunch.leftToServe, expected: lunch.expected }) : '';
  const verdict = shown?.kind === 'result' ? shown.result.verdict : (shown?.kind ?? 'idle');
  const lines = shown?.kind === 'result' ? lunchVerdictLines(shown.result, language, osloTime, 'lunchSecondWarning') : [];
  return (
    <div className="volunteer station">
      <StationBar station="lunsj" onOrganiser={onOrganiser}>
        <p className="volunteer-counts station-figures">{figures}</p>
      </StationBar>
      <main className="station-main">
        <section className="station-verdict" aria-live="polite" data-verdict={verdict}>
          {shown === null && <p className="station-prompt">{t('lunchPrompt')}</p>}
          {shown?.kind === 'error' && <p role="alert">{shown.message}</p>}
          {shown?.kind === 'result' && (
            <>
              <h2>{lines[0]}</h2>
              {shown.result.registrant && (
                <p className="station-dietary" data-dietary={shown.result.dietary.join(', ')}>
                  {lines[1]}
                </p>
              )}
              {lines.slice(2).map((line) => (
                <p key={line} className="station-warning">
                  {line}
                </p>
              ))}
              {warned && (
                <button ref={serveAgain} type="button" className="button primary" onClick={() => serve(shown.guest, true)}>
                  {t('lunchServeAgainButton')}
                </button>
              )}
            </>
          )}
        </section>
        <div className="station-actions">
          <button type="button" className="button primary" onClick={() => serve(ANONYMOUS)}>
            {t('lunchAnonymousButton')}
          </button>
          <UndoLast undo={() => api.lunchUndo({ reason: text('stationUndoReason', {}, 'nb') }).then(({ undone }) => undone !== null)} onUndone={refreshCounts} />
        </div>
        <SearchPanel inputRef={searchInput} onPick={pick} searchHere={searchHere} help="lunchSearchHelp" />
        <div className="volunteer-tools">
          <section className="station-kitchen" aria-labelledby="lunch-kitchen">
            <h2 id="lunch-kitchen">{t('lunchKitchenHeading')}</h2>
            <ul>
              {(lunch?.dietary ?? []).map((d) => (
                <li key={d.need}>{t('lunchKitchenLine', { need: d.need, served: d.served, expected: d.expected })}</li>
              ))}
            </ul>
          </section>
          <CameraPanel onCode={scan} />
        </div>
      </main>
    </div>
  );
}
