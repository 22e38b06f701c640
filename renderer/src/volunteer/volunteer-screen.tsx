/**
 * The volunteer's check-in screen: the handheld scanner, the webcam and the
 * name search all live at once, and each check-in's verdict filling the screen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScanResult } from '../../../shared/contract.js';
import { uiText } from '../../../shared/ui-text.js';
import { useApp, useText } from '../app-context.js';
import { beep } from './beep.js';
import { CameraPanel } from './camera-panel.js';
import { failureText } from './failure-text.js';
import { RepeatFilter } from './repeat-filter.js';
import { SearchPanel, type SearchHit } from './search-panel.js';
import { StatusBar } from './status-bar.js';
import { UndoBar, NO_UNDO, type UndoReason, type UndoState } from './undo-bar.js';
import { useCounts, useEventInfo } from './use-kiosk-figures.js';
import { useKeyboardWedge } from './use-keyboard-wedge.js';
import { useLatestOnly } from './use-latest-only.js';
import { VerdictPanel, type Outcome } from './verdict-panel.js';

/** A verdict stays this long, unless the next scan replaces it sooner. */
const VERDICT_SHOWN_MS = 6000;

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
  const track = useLatestOnly();
  const outcomes = useRef(0);

  // Scans may overlap; the latest one's verdict is the one on screen.
  const check = useCallback(
    (request: Promise<ScanResult>) =>
      track(
        request,
        (result) => {
          setOutcome({ id: ++outcomes.current, kind: 'verdict', result });
          if (result.verdict === 'welcome' && result.registrant) {
            setUndo({ checkin: { name: result.registrant.name, at: result.at }, busy: false, said: null });
          }
        },
        (error) => setOutcome({ id: ++outcomes.current, kind: 'error', message: failureText(error, language) }),
      ),
    [track, language],
  );

  const scanCode = useCallback(
    (code: string) => {
      const text = code.trim();
      if (text !== '' && repeats.accept(text, performance.now())) check(api.scan({ code: text }));
    },
    [repeats, check, api],
  );
  useKeyboardWedge(scanCode, { typingTarget: searchInput });

  const pick = useCallback((hit: SearchHit) => check(api.checkInById({ registrantId: hit.id })), [check, api]);

  const undoLast = useCallback(
    (reason: UndoReason) => {
      setUndo((state) => ({ ...state, busy: true }));
      // The log keeps the reason in Norwegian, whatever the screen's language, so the report reads alike.
      api.undo({ reason: uiText('nb', reason) }).then(
        ({ undone }) => {
          const text = undone ? t('undoDone', { name: undone.name, reason: t(reason) }) : t('undoNothing');
          setUndo({ checkin: null, busy: false, said: { text, failed: false } });
          setOutcome((shown) => (undone && shown?.kind === 'verdict' && shown.result.registrant?.id === undone.id ? null : shown));
          refreshCounts();
        },
        (error) => setUndo((state) => ({ ...state, busy: false, said: { text: t('undoFailed', { message: failureText(error, language) }), failed: true } })),
      );
    },
    [api, t, language, refreshCounts],
  );

  // The sound and the fresh counts wait until the verdict is painted, so they cannot hold it up; then the return to the scan prompt.
  useEffect(() => {
    if (!outcome) return;
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      afterPaint = setTimeout(() => {
        beep(outcome.kind === 'verdict' && outcome.result.verdict === 'welcome' ? 'good' : 'bad');
        refreshCounts();
      });
    });
    const back = setTimeout(() => setOutcome(null), VERDICT_SHOWN_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
      clearTimeout(back);
    };
  }, [outcome, refreshCounts]);

  const eventName = info?.name ?? t('appName');
  const state = outcome?.kind === 'verdict' ? outcome.result.verdict : (outcome?.kind ?? 'idle');
  return (
    <div className="volunteer">
      <StatusBar eventName={eventName} kioskName={info?.kioskName ?? ''} counts={counts} onOrganiser={onOrganiser} />
      <main className="volunteer-main" data-state={state}>
        <VerdictPanel outcome={outcome} eventName={eventName} />
        <UndoBar state={undo} onUndo={undoLast} />
        <div className="volunteer-tools">
          <SearchPanel inputRef={searchInput} onPick={pick} />
          <CameraPanel onCode={scanCode} />
        </div>
      </main>
    </div>
  );
}
