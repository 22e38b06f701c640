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

function viewOf(outcome: Outcome | null, t: Text, eventName: string): VerdictView {
  if (!outcome) return { kind: 'idle', title: t('volunteerIdleTitle'), next: t('volunteerIdleHelp') };
  if (outcome.kind === 'error') return { kind: 'error', title: t('verdictError'), next: t('verdictErrorNext', { message: outcome.message }) };
  const { verdict, registrant, firstArrival } = outcome.result;
  const [title, next] = TITLES[verdict];
  return {
    kind: verdict,
    title: t(title),
    name: registrant?.name,
    organisation: registrant?.organisation,
    detail: firstArrival && t('verdictAlreadyDetail', { time: osloTime(firstArrival.at), kiosk: firstArrival.kiosk }),
    next: t(next, { event: eventName }),
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
export const VerdictPanel = memo(function VerdictPanel({ outcome, eventName }: { readonly outcome: Outcome | null; readonly eventName: string }) {
  const t = useText();
  const view = viewOf(outcome, t, eventName);
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
