/**
 * The small parts the organiser's and the welcome screen's forms are built
 * from: labelled fields, and messages that assistive technology announces.
 */
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useApp } from '../app-context.js';
import { errorText } from './use-action.js';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'aria-describedby'>;

/** What a text field needs besides the attributes of its input. */
export interface TextFieldProps extends InputProps {
  readonly label: string;
  /** Shown under the label and read out with the field. */
  readonly hint?: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  /** A text area for text that runs over several lines. */
  readonly multiline?: boolean;
}

/** A labelled text input or text area. */
export function TextField({ label, hint, value, onValue, multiline = false, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="org-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="org-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea id={id} value={value} aria-describedby={hintId} rows={5} onChange={(e) => onValue(e.target.value)} />
      ) : (
        <input {...input} id={id} value={value} aria-describedby={hintId} onChange={(e) => onValue(e.target.value)} />
      )}
    </div>
  );
}

/** A labelled file picker; each file chosen is handed on once, even the same file chosen again. */
export function FileField({ label, hint, accept, onFile }: {
  readonly label: string;
  readonly hint: string;
  /** The kinds of file offered, as the input's accept attribute. */
  readonly accept: string;
  readonly onFile: (file: File) => void;
}) {
  const id = useId();
  return (
    <div className="org-field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="org-hint">
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Emptied, so that choosing the same file again (after fixing it) reads it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}

/** One choice of a select. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A labelled select. */
export function SelectField({ label, value, choices, onValue }: {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly onValue: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="org-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.target.value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A failure, announced at once; nothing when there is none. */
export function ErrorMessage({ error }: { readonly error: unknown }) {
  const { language } = useApp();
  if (error === null || error === undefined) return null;
  return (
    <p role="alert" className="error">
      {errorText(error, language)}
    </p>
  );
}

/** News that is announced politely; the region stays in place so that changes are heard. */
export function StatusMessage({ children }: { readonly children?: ReactNode }) {
  return (
    <p role="status" className="org-status">
      {children}
    </p>
  );
}

/** The box of a table that may be wider than the window: it scrolls sideways, and takes focus so the keyboard can scroll it. */
export function TableScroll({ labelId, children }: {
  /** The id of the table's caption, which names the box too. */
  readonly labelId: string;
  readonly children: ReactNode;
}) {
  return (
    <div className="org-table-scroll" role="region" aria-labelledby={labelId} tabIndex={0}>
      {children}
    </div>
  );
}

/** A term and its value in a list of facts (inside a <dl>). */
export function Fact({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A form under its own heading, with its failure, its progress or outcome, and a submit button. */
export function FormSection({ title, intro, submitText, busy, error, status, onSubmit, children }: {
  readonly title: string;
  readonly intro?: string;
  readonly submitText: string;
  /** While true, submitting again does nothing. */
  readonly busy: boolean;
  readonly error: unknown;
  /** Progress or the outcome, e.g. "Lagret."; null for nothing. */
  readonly status: string | null;
  readonly onSubmit: () => void;
  readonly children: ReactNode;
}) {
  const headingId = useId();
  return (
    <form
      className="org-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) onSubmit();
      }}
    >
      <h2 id={headingId}>{title}</h2>
      {intro && <p>{intro}</p>}
      {children}
      <ErrorMessage error={error} />
      <StatusMessage>{status}</StatusMessage>
      <div className="org-actions">
        <button type="submit" className="button primary">
          {submitText}
        </button>
      </div>
    </form>
  );
}
