/**
 * The verdicts' icons, drawn inline so nothing loads: each verdict has its
 * own shape, so colour is never the only sign.
 */
import type { ReactNode } from 'react';
import type { Verdict } from '../../../shared/domain.js';

/** What the screen shows after a scan: a verdict, or a failure to reach the kiosk. */
export type VerdictKind = Verdict | 'error' | 'idle';

const RING = <circle cx="12" cy="12" r="10" />;

const SHAPES: Readonly<Record<VerdictKind, ReactNode>> = {
  welcome: (
    <>
      {RING}
      <path d="m7 12.5 3.2 3.2L17 9" />
    </>
  ),
  already: (
    <>
      {RING}
      <path d="M12 6v6l4 2" />
    </>
  ),
  waitlisted: <path d="M6 3h12M6 21h12M7 3v3l5 6-5 6v3M17 3v3l-5 6 5 6v3" />,
  cancelled: (
    <>
      {RING}
      <path d="m8 8 8 8M16 8l-8 8" />
    </>
  ),
  invalid: (
    <>
      {RING}
      <path d="M9.1 9a3 3 0 0 1 5.8 1c0 2-2.9 3-2.9 3M12 17h.01" />
    </>
  ),
  wrong_event: (
    <>
      <path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0zM12 9v4M12 17h.01" />
    </>
  ),
  welcome_back: <path d="M10 17l5-5-5-5M15 12H3M15 3h4a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-4" />,
  full: (
    <>
      {RING}
      <path d="M7 12h10" />
    </>
  ),
  admitted_from_waitlist: <path d="M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM19 8v6M22 11h-6" />,
  goodbye: <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9" />,
  not_inside: (
    <>
      {RING}
      <path d="M8 8l8 8" />
    </>
  ),
  error: (
    <>
      {RING}
      <path d="M12 7v6M12 17h.01" />
    </>
  ),
  idle: (
    <path d="M3 7V4a1 1 0 0 1 1-1h3M17 3h3a1 1 0 0 1 1 1v3M21 17v3a1 1 0 0 1-1 1h-3M7 21H4a1 1 0 0 1-1-1v-3M7 12h10" />
  ),
};

/** The icon for a verdict; decorative, as the text beside it says the same. */
export function VerdictIcon({ kind }: { readonly kind: VerdictKind }) {
  return (
    <svg className="verdict-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
      {SHAPES[kind]}
    </svg>
  );
}
