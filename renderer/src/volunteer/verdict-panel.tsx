/**
 * The verdict after a scan or a pick from the search: big, in colour, with an
 * icon and a word on what to do next, and read out to screen readers.
 */
import { memo } from 'react';
import type { ScanResult } from '../../../shared/contract.js';
import type { UiTextKey } from '../../../shared/i18n.js';
import { useText } from '../app-context.js';
import { osloTime } from '../../../shared/oslo-time.js';
import { VerdictIcon, type VerdictKind } from './verdict-icon.js';

/**
 * What the last scan came to; `id` tells one scan from the next with the same
 * verdict. A verdict the screen decided itself is `settled` once the core has
 * recorded the scan and agreed.
 */
export type Outcome =
  | { readonly id: number; readonly kind: 'verdict'; readonly result: ScanResult; readonly settled: boolean }
  | { readonly id: number; readonly kind: 'error'; readonly message: string; readonly settled: true };

type Text = (key: UiTextKey, params?: Readonly<Record<string, string | number>>) => string;

/** The title and help between scans: how to scan in, or out. */
export type IdleTexts = readonly [UiTextKey, UiTextKey];

/** Between scans at the entrance. */
export const IDLE_IN: IdleTexts = ['volunteerIdleTitle', 'volunteerIdleHelp'];

/** A verdict in words. */
interface VerdictView {
  readonly kind: VerdictKind;
  readonly title: string;
  readonly name?: string;
  readonly organisation?: string | null;
  readonly detail?: string;
  readonly next: string;
}

const TITLES = {
  welcome: ['verdictWelcome', 'verdictWelcomeNext'],
  already: ['verdictAlready', 'verdictAlreadyNext'],
  waitlisted: ['verdictWaitlisted', 'verdictWaitlistedNext'],
  cancelled: ['verdictCancelled', 'verdictCancelledNext'],
  invalid: ['verdictInvalid', 'verdictInvalidNext'],
  wrong_event: ['verdictWrongEvent', 'verdictWrongEventNext'],
  welcome_back: ['verdictWelcomeBack', 'verdictWelcomeBackNext'],
  full: ['verdictFull', 'verdictFullNext'],
  admitted_from_waitlist: ['verdictAdmittedFromWaitlist', 'verdictAdmittedFromWaitlistNext'],
  goodbye: ['verdictGoodbye', 'verdictGoodbyeNext'],
  not_inside: ['verdictNotInside', 'verdictNotInsideNext'],
} as const satisfies Record<ScanResult['verdict'], readonly [UiTextKey, UiTextKey]>;

/** The door as the screen last heard it, for a verdict the core gave without it (the screen's own guess). */
export interface RoomFigures {
  readonly inside: number;
  readonly capacity: number | null;
}

/** What to do next after a verdict, with the figures the verdict names. */
function nextText(t: Text, result: ScanResult, eventName: string, room: RoomFigures | null): string {
  const [, next] = TITLES[result.verdict];
  const door = result.door ?? room;
  return t(next, { event: eventName, inside: door?.inside ?? '?', capacity: door?.capacity ?? '?' });
}

/** The verdict's detail: when they first came, their place in the queue at the door, or that the organiser PIN let them in. */
function detailText(t: Text, result: ScanResult): string | undefined {
  if (result.firstArrival) return t('verdictAlreadyDetail', { time: osloTime(result.firstArrival.at), kiosk: result.firstArrival.kiosk });
  if (result.queue) return t('verdictQueueDetail', { position: result.queue.position, since: osloTime(result.queue.since) });
  return result.forced ? t('verdictForced') : undefined;
}

function viewOf(outcome: Outcome | null, t: Text, eventName: string, idle: IdleTexts, room: RoomFigures | null): VerdictView {
  if (!outcome) return { kind: 'idle', title: t(idle[0]), next: t(idle[1]) };
  if (outcome.kind === 'error') return { kind: 'error', title: t('verdictError'), next: t('verdictErrorNext', { message: outcome.message }) };
  const { result } = outcome;
  return {
    kind: result.verdict,
    title: t(TITLES[result.verdict][0]),
    name: result.registrant?.name,
    organisation: result.registrant?.organisation,
    detail: detailText(t, result),
    next: nextText(t, result, eventName, room),
  };
}

/** The words a screen reader says for a verdict. */
function announcement(view: VerdictView): string {
  return [view.title, view.name, view.organisation, view.detail, view.next].filter(Boolean).join('. ');
}

/**
 * The verdict (or, between scans, how to scan), and a live region that reads
 * each one out once it is settled: a verdict the core replaces is never read.
 */
export const VerdictPanel = memo(function VerdictPanel({ outcome, eventName, idle = IDLE_IN, room = null }: {
  readonly outcome: Outcome | null;
  readonly eventName: string;
  readonly idle?: IdleTexts;
  /** The door's figures as last counted, for a full room's verdict before the core has answered. */
  readonly room?: RoomFigures | null;
}) {
  const t = useText();
  const view = viewOf(outcome, t, eventName, idle, room);
  return (
    <>
      <section
        key={outcome?.id ?? 'idle'}
        className={`verdict verdict-${view.kind}`}
        data-verdict={outcome ? view.kind : undefined}
        data-settled={outcome ? String(outcome.settled) : undefined}
        aria-labelledby="verdict-title"
      >
        <VerdictIcon kind={view.kind} />
        <div className="verdict-text">
          <h2 id="verdict-title">{view.title}</h2>
          {view.name && <p className="verdict-name">{view.name}</p>}
          {view.organisation && <p className="verdict-organisation">{view.organisation}</p>}
          {view.detail && <p className="verdict-detail">{view.detail}</p>}
          <p className="verdict-next">{view.next}</p>
        </div>
      </section>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {outcome?.settled && <p key={outcome.id}>{announcement(view)}</p>}
      </div>
    </>
  );
});
