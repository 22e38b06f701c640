/**
 * Registering a walk-in at the information desk: the door's own walk-in
 * form, and the new code's QR after. Past a full room it asks, as at the
 * door, who lets them in and why, so the admission is recorded as forced.
 */
import { useId } from 'react';
import { useText } from '../app-context.js';
import { capacityLevel } from '../stations/capacity-level.js';
import { useCounts } from '../volunteer/use-kiosk-figures.js';
import { WalkInDesk } from '../volunteer/walk-in-form.js';

/** The desk's walk-in section; `onRegistered` hears that the list has one more. */
export function DeskWalkIn({ onRegistered }: { readonly onRegistered: () => void }) {
  const t = useText();
  const headingId = useId();
  const { counts } = useCounts();
  const roomLeft = !counts || !['full', 'over'].includes(capacityLevel(counts.inside, counts.capacity));
  return (
    <section className="org-desk-walk-in" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('deskWalkInTitle')}</h2>
      <p>{t('deskWalkInIntro')}</p>
      <WalkInDesk roomLeft={roomLeft} onRegistered={onRegistered} />
    </section>
  );
}
