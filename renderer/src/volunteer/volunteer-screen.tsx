/**
 * The volunteer's check-in screen: the handheld scanner, the webcam and the
 * name search all live at once, and each check-in's verdict filling the screen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ChangeTopic, ScanResult } from '../../../shared/contract.js';
import { text } from '../../../shared/i18n.js';
import { useApp, useText } from '../app-context.js';
import { CameraPanel } from '../common/camera-panel.js';
import { failureText } from '../common/failure-text.js';
import { useKeyboardWedge } from '../common/use-keyboard-wedge.js';
import { useLatestOnly } from '../common/use-latest-only.js';
import { useChanges } from '../common/use-changes.js';
import { beep } from './beep.js';
import { LocalDoor } from './local-door.js';
import { RepeatFilter } from './repeat-filter.js';
import { SearchPanel, type SearchHit } from './search-panel.js';
import { StatusBar } from './status-bar.js';
import { UndoBar, NO_UNDO, type UndoReason, type UndoState } from './undo-bar.js';
import { useCounts, useEventInfo } from './use-kiosk-figures.js';
import { VerdictPanel, type Outcome } from './verdict-panel.js';

/** A verdict stays this long, unless the next scan replaces it sooner. */
const VERDICT_SHOWN_MS = 6000;

/** Arrivals here and at other kiosks (as soon as they sync), and a new list, change the screen's copy. */
const DOOR_TOPICS: readonly ChangeTopic[] = ['door'];

/** A verdict the screen decided, or the way to it (a token's signature is checked asynchronously); null: wait for the core. */
type Guess = ScanResult | null | Promise<ScanResult | null>;

/** A hidden page paints no frames: past this long the check is recorded all the same. */
const PAINT_WAIT_MS = 100;

/**
 * Runs `work` once the frame now being prepared is painted, or after
 * PAINT_WAIT_MS if none comes: starting a request takes the main thread a
 * millisecond or more, which would hold up the verdict's frame.
 */
function afterNextPaint(work: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, PAINT_WAIT_MS);
}

/** True when the core's answer is the verdict already on screen, about the same person. */
function agrees(shown: ScanResult, answer: ScanResult): boolean {
  return shown.verdict === answer.verdict && shown.registrant?.id === answer.registrant?.id;
}

/** True when the verdict let in the given registrant. */
function admits(result: ScanResult, registrantId: string | undefined): boolean {
  return result.verdict === 'welcome' && registrantId !== undefined && result.registrant?.id === registrantId;
}

/** The door screen: scanner, camera and name search. */
export function VolunteerScreen({ onOrganiser }: { readonly onOrganiser: () => void }) {
  const { api, language } = useApp();
  const t = useText();
  const info = useEventInfo();
  const { counts, refresh: refreshCounts } = useCounts();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [undo, setUndo] = useState<UndoState>(NO_UNDO);
  const searchInput = useRef<HTMLInputElement>(null);
  const [repeats] = useState(() => new RepeatFilter());
  const [door] = useState(() => new LocalDoor(api));
  const checks = useLatestOnly();
  const outcomes = useRef(0);

  useEffect(() => {
    door.start();
    return () => door.stop();
  }, [door]);
  const refreshDoor = useCallback(() => door.refresh(), [door]);
  useChanges(DOOR_TOPICS, refreshDoor);

  /**
   * Shows the screen's own verdict at once, painted before anything else
   * happens, then records the check with the core. Its answer settles the
   * verdict when it agrees, and replaces it when it does not (another
   * kiosk's arrival not seen here yet, a failure to record). Checks may
   * overlap; the latest one's verdict is the one on screen.
   */
  const check = useCallback(
    (guess: Guess, record: () => Promise<ScanResult>) => {
      const isLatest = checks.begin();
      // A guess that fails is no guess: the check is recorded all the same.
      void Promise.resolve(guess)
        .catch(() => null)
        .then((shown) => {
          const shownId = shown && isLatest() ? ++outcomes.current : null;
          if (shown && shownId !== null) flushSync(() => setOutcome({ id: shownId, kind: 'verdict', result: shown, settled: false }));
          const send = (): void =>
            void record().then(
              (result) => {
                door.recordAnswer(result);
                if (!isLatest()) return;
                const id = shown && shownId !== null && agrees(shown, result) ? shownId : ++outcomes.current;
                setOutcome({ id, kind: 'verdict', result, settled: true });
                if (result.verdict === 'welcome' && result.registrant) {
                  setUndo({ checkin: { registrantId: result.registrant.id, name: result.registrant.name, at: result.at }, busy: false, said: null });
                }
              },
              (error: unknown) => {
                if (isLatest()) setOutcome({ id: ++outcomes.current, kind: 'error', message: failureText(error, language), settled: true });
              },
            );
          // Without a verdict of its own the screen has nothing to paint first.
          if (shownId === null) send();
          else afterNextPaint(send);
        });
    },
    [checks, door, language],
  );

  const scanCode = useCallback(
    (code: string) => {
      const text = code.trim();
      if (text !== '' && repeats.accept(text, performance.now())) check(door.scanVerdict(text), () => api.scan({ code: text }));
    },
    [repeats, check, door, api],
  );
  useKeyboardWedge(scanCode, { typingTarget: searchInput });

  const pick = useCallback((hit: SearchHit) => check(door.pickVerdict(hit.id), () => api.checkInById({ registrantId: hit.id })), [check, door, api]);
  const searchHere = useCallback((query: string, limit: number) => door.search(query, limit), [door]);

  const undoLast = useCallback(
    (reason: UndoReason, registrantId: string) => {
      setUndo((state) => ({ ...state, busy: true }));
      // The log keeps the reason in Norwegian, whatever the screen's language, so the report reads alike.
      api.undo({ reason: text(reason, {}, 'nb'), registrantId }).then(
        ({ undone }) => {
          const said = undone ? t('undoDone', { name: undone.name, reason: t(reason) }) : t('undoNothing');
          setUndo({ checkin: null, busy: false, said: { text: said, failed: false } });
          setOutcome((shown) => (undone && shown?.kind === 'verdict' && shown.result.registrant?.id === undone.id ? null : shown));
          refreshCounts();
          door.refresh();
        },
        (error) => setUndo((state) => ({ ...state, busy: false, said: { text: t('undoFailed', { message: failureText(error, language) }), failed: true } })),
      );
    },
    [api, t, language, refreshCounts, door],
  );

  // The sound and the fresh counts wait for the settled verdict, painted, so they cannot hold it up.
  useEffect(() => {
    if (!outcome?.settled) return;
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      afterPaint = setTimeout(() => {
        beep(outcome.kind === 'verdict' && outcome.result.verdict === 'welcome' ? 'good' : 'bad');
        refreshCounts();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
    };
  }, [outcome, refreshCounts]);

  // Each new verdict goes back to the scan prompt after a while.
  const shownId = outcome?.id;
  useEffect(() => {
    if (shownId === undefined) return;
    const back = setTimeout(() => setOutcome(null), VERDICT_SHOWN_MS);
    return () => clearTimeout(back);
  }, [shownId]);

  // Undo is offered between verdicts, or beside the welcome of the very person it takes back: never under a verdict about someone else.
  const undoOffered = outcome === null || (outcome.kind === 'verdict' && admits(outcome.result, undo.checkin?.registrantId));
  const eventName = info?.name ?? t('appName');
  const state = outcome?.kind === 'verdict' ? outcome.result.verdict : (outcome?.kind ?? 'idle');
  return (
    <div className="volunteer">
      <StatusBar eventName={eventName} kioskName={info?.kioskName ?? ''} counts={counts} onOrganiser={onOrganiser} />
      <main className="volunteer-main" data-state={state}>
        <div className="volunteer-verdict">
          <VerdictPanel outcome={outcome} eventName={eventName} />
          <UndoBar state={undo} offered={undoOffered} onUndo={undoLast} />
        </div>
        <div className="volunteer-tools">
          <SearchPanel inputRef={searchInput} onPick={pick} searchHere={searchHere} />
          <CameraPanel onCode={scanCode} />
        </div>
      </main>
    </div>
  );
}
