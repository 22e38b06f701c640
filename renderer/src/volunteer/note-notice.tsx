/**
 * A note for the security check ("Må vise legitimasjon", "VIP — hent
 * vertskap"): orange, over the verdict, until the volunteer has read it; the
 * screen takes no scan meanwhile.
 */
import { useEffect, useId, useRef } from 'react';
import { useText } from '../app-context.js';

/** The note on screen: whose it is, and whether a scan came before it was acknowledged. */
export interface PendingNote {
  readonly name: string;
  readonly note: string;
  readonly scanRefused: boolean;
}

/** The orange note and its acknowledge button, which takes focus so Enter acknowledges. */
export function NoteNotice({ pending, onAcknowledge }: { readonly pending: PendingNote; readonly onAcknowledge: () => void }) {
  const t = useText();
  const headingId = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus({ preventScroll: true }), []);
  return (
    <section className="note-notice" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span aria-hidden="true">⚠ </span>
        {t('noteHeading')}
      </h2>
      <p className="note-name">{pending.name}</p>
      <p className="note-text">{pending.note}</p>
      {pending.scanRefused && <p className="note-waiting">{t('noteWaiting')}</p>}
      <button ref={button} type="button" className="button primary" onClick={onAcknowledge}>
        {t('doorNoteAcknowledge')}
      </button>
    </section>
  );
}
