/**
 * The volunteer's check-in screen: the handheld scanner, the webcam and the
 * name search all live at once, and each check-in's verdict filling the
 * screen. At the entrance scans let people in (or, switched to "ut", out),
 * beside the waitlist's queue and the walk-in form; at the exit they let
 * people out. A note for the security check holds the next scan until the
 * volunteer has read it.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ChangeTopic, ScanResult } from '../../../shared/contract.js';
import { text } from '../../../shared/i18n.js';
import { useApp, useText } from '../app-context.js';
import { CameraPanel } from '../common/camera-panel.js';
import { failureText } from '../common/failure-text.js';
import { useKeyboardWedge } from '../common/use-keyboard-wedge.js';
import { useLatestOnly } from '../common/use-latest-only.js';
import { useChanges } from '../common/use-changes.js';
import { capacityLevel } from '../stations/capacity-level.js';
import { useKioskCounts } from '../stations/kiosk-counts.js';
import { StationBar } from '../stations/station-bar.js';
import { beep } from './beep.js';
import { ForcedAdmission } from './forced-admission.js';
import { LocalDoor } from './local-door.js';
import { NoteNotice, type PendingNote } from './note-notice.js';
import { RepeatFilter } from './repeat-filter.js';
import { SearchPanel, type SearchHit } from './search-panel.js';
import { UndoBar, NO_UNDO, type UndoReason, type UndoState } from './undo-bar.js';
import { useEventInfo } from './use-kiosk-figures.js';
import { IDLE_IN, VerdictPanel, type IdleTexts, type Outcome } from './verdict-panel.js';
import { WaitlistQueuePanel } from './waitlist-queue.js';
import { WalkInDesk } from './walk-in-form.js';

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

/** The verdicts that let someone in. */
const ADMITTING: ReadonlySet<ScanResult['verdict']> = new Set(['welcome', 'welcome_back', 'admitted_from_waitlist']);
/** The verdicts that sound good: someone in, or out; the last of them can be undone. */
const GOOD: ReadonlySet<ScanResult['verdict']> = new Set([...ADMITTING, 'goodbye']);

/** True when the verdict let the given registrant in or out. */
function moves(result: ScanResult, registrantId: string | undefined): boolean {
  return GOOD.has(result.verdict) && registrantId !== undefined && result.registrant?.id === registrantId;
}

/** Whether a scan lets people in or out. */
type Direction = 'in' | 'out';

/** Between scans going out. */
const IDLE_OUT: IdleTexts = ['exitIdleTitle', 'exitIdleHelp'];

/** The entrance's switch between scanning in and scanning out. */
function DirectionSwitch({ direction, onDirection }: { readonly direction: Direction; readonly onDirection: (direction: Direction) => void }) {
  const t = useText();
  const name = useId();
  return (
    <fieldset className="panel door-direction">
      <legend>{t('doorDirectionLabel')}</legend>
      {(['in', 'out'] as const).map((value) => (
        <label key={value}>
          <input type="radio" name={name} value={value} checked={direction === value} onChange={() => onDirection(value)} />
          {t(value === 'in' ? 'doorDirectionIn' : 'doorDirectionOut')}
        </label>
      ))}
    </fieldset>
  );
}

/** The door screen: scanner, camera and name search; at the entrance (`inngang`) or the exit (`utgang`). */
export function VolunteerScreen({ station = 'inngang', onOrganiser }: { readonly station?: 'inngang' | 'utgang'; readonly onOrganiser: () => void }) {
  const { api, language } = useApp();
  const t = useText();
  const info = useEventInfo();
  const { counts, refresh: refreshCounts } = useKioskCounts();
  const [chosenDirection, setDirection] = useState<Direction>('in');
  const direction: Direction = station === 'utgang' ? 'out' : chosenDirection;
  const [note, setNote] = useState<PendingNote | null>(null);
  // The callbacks read it here, so a scan in the same moment as the note is held too.
  const noteShown = useRef<PendingNote | null>(null);
  noteShown.current = note;
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

  /** Shows the core's answer as the settled verdict; an admission or exit can then be undone, and a note must be read. */
  const settle = useCallback((result: ScanResult, id: number) => {
    setOutcome({ id, kind: 'verdict', result, settled: true });
    if (GOOD.has(result.verdict) && result.registrant) {
      const out = result.verdict === 'goodbye';
      setUndo({ checkin: { registrantId: result.registrant.id, name: result.registrant.name, at: result.at, out }, busy: false, said: null });
    }
    if (result.note && result.registrant) setNote({ name: result.registrant.name, note: result.note, scanRefused: false });
  }, []);

  /** An admission made through a form (the PIN, the queue, a walk-in): the door's verdict, in place of any check under way. */
  const admitted = useCallback(
    (result: ScanResult) => {
      checks.begin();
      door.recordAnswer(result);
      settle(result, ++outcomes.current);
    },
    [checks, door, settle],
  );

  /** True (and the volunteer reminded) while a note waits to be read: no scan is taken meanwhile. */
  const heldByNote = useCallback((): boolean => {
    if (!noteShown.current) return false;
    setNote((shown) => shown && { ...shown, scanRefused: true });
    return true;
  }, []);

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
          if (shown && shownId !== null) {
            flushSync(() => setOutcome({ id: shownId, kind: 'verdict', result: shown, settled: false }));
            // The copy holds the notes too: the note is on screen with the verdict, not after the core's answer.
            if (shown.note && shown.registrant) setNote({ name: shown.registrant.name, note: shown.note, scanRefused: false });
          }
          const send = (): void =>
            void record().then(
              (result) => {
                door.recordAnswer(result);
                if (isLatest()) settle(result, shown && shownId !== null && agrees(shown, result) ? shownId : ++outcomes.current);
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
    [checks, door, language, settle],
  );

  const scanCode = useCallback(
    (code: string) => {
      const text = code.trim();
      // The same code scanned out right after it came in (or back) is no repeat.
      if (text === '' || heldByNote() || !repeats.accept(`${direction}:${text}`, performance.now())) return;
      if (direction === 'out') check(door.exitVerdict(text), () => api.exit({ code: text }));
      else check(door.scanVerdict(text), () => api.scan({ code: text }));
    },
    [repeats, check, door, api, direction, heldByNote],
  );
  useKeyboardWedge(scanCode, { typingTarget: searchInput });

  const pick = useCallback(
    (hit: SearchHit) => {
      if (heldByNote()) return;
      if (direction === 'out') check(door.exitPickVerdict(hit.id), () => api.exitById({ registrantId: hit.id }));
      else check(door.pickVerdict(hit.id), () => api.checkInById({ registrantId: hit.id }));
    },
    [check, door, api, direction, heldByNote],
  );
  const searchHere = useCallback((query: string, limit: number) => door.search(query, limit), [door]);

  const undoLast = useCallback(
    (reason: UndoReason, registrantId: string) => {
      setUndo((state) => ({ ...state, busy: true }));
      // The log keeps the reason in Norwegian, whatever the screen's language, so the report reads alike.
      api.undo({ reason: text(reason, {}, 'nb'), registrantId }).then(
        ({ undone }) => {
          const said = undone ? t(undone.kind === 'exit' ? 'undoExitDone' : 'undoDone', { name: undone.name, reason: t(reason) }) : t('undoNothing');
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
        beep(outcome.kind === 'verdict' && GOOD.has(outcome.result.verdict) ? 'good' : 'bad');
        refreshCounts();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
    };
  }, [outcome, refreshCounts]);

  // Each new verdict goes back to the scan prompt after a while; a full room's stays, for the organiser to come with the PIN.
  const shownId = outcome?.id;
  const staysShown = outcome?.kind === 'verdict' && outcome.result.verdict === 'full';
  useEffect(() => {
    if (shownId === undefined || staysShown) return;
    const back = setTimeout(() => setOutcome(null), VERDICT_SHOWN_MS);
    return () => clearTimeout(back);
  }, [shownId, staysShown]);

  // Undo is offered between verdicts, or beside the welcome of the very person it takes back: never under a verdict about someone else.
  const undoOffered = outcome === null || (outcome.kind === 'verdict' && moves(outcome.result, undo.checkin?.registrantId));
  const eventName = info?.name ?? t('appName');
  const state = outcome?.kind === 'verdict' ? outcome.result.verdict : (outcome?.kind ?? 'idle');
  // A full room's verdict, settled, offers to let them in with the PIN.
  const full = outcome?.kind === 'verdict' && outcome.settled && outcome.result.verdict === 'full' ? outcome.result.registrant?.id : undefined;
  const roomLeft = !counts || !['full', 'over'].includes(capacityLevel(counts.inside, counts.capacity));
  // The same element while the counts stay: the banner is not painted again with each verdict.
  const figures = useMemo(
    () => (
      <p className="volunteer-counts" data-arrived={counts?.arrived}>
        {counts && (counts.total === 0 ? t('volunteerNoRegistrants') : t('volunteerCounts', { arrived: counts.arrived, expected: counts.expected }))}
      </p>
    ),
    [counts, t],
  );
  return (
    <div className="volunteer">
      <StationBar station={station} onOrganiser={onOrganiser}>
        {figures}
      </StationBar>
      <main className="volunteer-main" data-state={state} data-direction={direction}>
        <div className="volunteer-verdict">
          {note && <NoteNotice pending={note} onAcknowledge={() => setNote(null)} />}
          <VerdictPanel outcome={outcome} eventName={eventName} idle={direction === 'out' ? IDLE_OUT : IDLE_IN} room={counts} />
          {full && (
            <div className="panel">
              <ForcedAdmission key={shownId} registrantId={full} onAdmitted={admitted} />
            </div>
          )}
          <UndoBar state={undo} offered={undoOffered} onUndo={undoLast} />
        </div>
        <div className="volunteer-tools">
          <SearchPanel inputRef={searchInput} onPick={pick} searchHere={searchHere} />
          {station === 'inngang' && (
            <div className="door-desk">
              <DirectionSwitch direction={direction} onDirection={setDirection} />
              <WaitlistQueuePanel onAdmitted={admitted} />
              <div className="panel">
                <WalkInDesk roomLeft={roomLeft} onRegistered={admitted} />
              </div>
            </div>
          )}
          <CameraPanel onCode={scanCode} />
        </div>
      </main>
    </div>
  );
}
