/**
 * The import wizard: choose the registration export, check how its columns
 * are read and what the import will change, then import. Above it, the list
 * followed from the registration system, if there is one.
 */
import { useId, useState, type ReactNode } from 'react';
import type { ImportMapping, ImportSummary } from '../../../shared/contract.js';
import { REGISTRANT_FIELDS, type RegistrantField } from '../../../shared/domain.js';
import type { UiTextKey } from '../../../shared/i18n.js';
import { useApp, useStoredText, useText } from '../app-context.js';
import { ErrorMessage, FileField, SelectField, StatusMessage, TableScroll } from '../common/form-parts.js';
import { isFailure } from '../api/api-error.js';
import { ScreenProblem, useAction } from '../common/use-action.js';
import { readFileAsBase64 } from './bytes.js';
import { FocusHeading } from './focus-heading.js';
import { FollowStatusPanel } from './follow-status.js';

/** What each field is called on the screen. */
const FIELD_TEXT: Readonly<Record<RegistrantField, UiTextKey>> = {
  ref: 'fieldRef',
  barcode: 'fieldBarcode',
  firstName: 'fieldFirstName',
  lastName: 'fieldLastName',
  name: 'fieldName',
  email: 'fieldEmail',
  organisation: 'fieldOrganisation',
  role: 'fieldRole',
  status: 'fieldStatus',
  dietary: 'fieldDietary',
  note: 'fieldNote',
};

const ACCEPTED_FILES = '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ChosenFile {
  readonly fileName: string;
  readonly content: string;
}

type Step =
  | { readonly kind: 'choose' }
  /** `mapping` is what the selects show; it differs from the summary's while a change is not previewed. */
  | { readonly kind: 'review'; readonly file: ChosenFile; readonly summary: ImportSummary; readonly mapping: ImportMapping }
  /** A step of its own when the import would cancel many, or anyone who has arrived: the organiser confirms the number. */
  | { readonly kind: 'confirm'; readonly file: ChosenFile; readonly summary: ImportSummary; readonly mapping: ImportMapping }
  | { readonly kind: 'done'; readonly file: ChosenFile; readonly summary: ImportSummary };

/** The mapping with `column` feeding `field` (and no other field); '' for none. */
function withColumn(mapping: ImportMapping, field: RegistrantField, column: string): ImportMapping {
  const next: ImportMapping = {};
  for (const f of REGISTRANT_FIELDS) if (f !== field && mapping[f] && mapping[f] !== column) next[f] = mapping[f];
  if (column) next[field] = column;
  return next;
}

/** Every field named, '' for none, so the kiosk's own guesses cannot come back. */
function explicitMapping(mapping: ImportMapping): ImportMapping {
  return Object.fromEntries(REGISTRANT_FIELDS.map((f) => [f, mapping[f] ?? '']));
}

/** The three steps, each heading taking focus as it appears. */
export function ImportWizard({ onShowList }: { readonly onShowList: () => void }) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const confirmId = useId();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  // The section's own heading takes focus first; a step's heading only once the organiser moves on.
  const [moved, setMoved] = useState(false);
  const go = (next: Step): void => {
    setMoved(true);
    setStep(next);
  };

  const choose = (file: File): void => {
    if (busy) return;
    void run(async () => {
      const content = await readFileAsBase64(file).catch(() => {
        throw new ScreenProblem('importUnreadable');
      });
      const chosen = { fileName: file.name, content };
      return { chosen, summary: await api.importPreview(chosen) };
    }).then((read) => read && go({ kind: 'review', file: read.chosen, summary: read.summary, mapping: read.summary.mapping }));
  };

  const remap = (file: ChosenFile, mapping: ImportMapping): void => {
    setStep((s) => (s.kind === 'review' ? { ...s, mapping } : s));
    void run(() => api.importPreview({ ...file, mapping: explicitMapping(mapping) })).then(
      (summary) => summary && setStep((s) => (s.kind === 'review' ? { ...s, summary, mapping: summary.mapping } : s)),
    );
  };

  const commit = (file: ChosenFile, mapping: ImportMapping, allowCancel?: number): void => {
    if (busy) return;
    void run(() => api.importCommit({ ...file, mapping: explicitMapping(mapping), allowCancel })).then(
      (summary) => summary && go({ kind: 'done', file, summary }),
    );
  };

  return (
    <>
      <FocusHeading level={1}>{t('importTitle')}</FocusHeading>
      <FollowStatusPanel />
      {step.kind === 'choose' && (
        <ChooseStep focus={moved} busy={busy} onFile={choose}>
          <ErrorMessage error={error} />
          {isFailure(error, 'noNameColumn') && <p>{t('importNoNameHint')}</p>}
        </ChooseStep>
      )}
      {step.kind === 'review' && (
        <>
          <FocusHeading level={2} focus={moved}>
            {t('importReviewTitle')}
          </FocusHeading>
          <p>{t('importReviewIntro', { file: step.file.fileName, columns: step.summary.columns.length })}</p>
          <PreviewTable summary={step.summary} mapping={step.mapping} />
          <fieldset className="org-mapping">
            <legend>{t('importMappingLegend')}</legend>
            <p className="org-hint">{t('importMappingHint')}</p>
            <div className="org-mapping-grid">
              {REGISTRANT_FIELDS.map((field) => (
                <SelectField
                  key={field}
                  label={t(FIELD_TEXT[field])}
                  value={step.mapping[field] ?? ''}
                  choices={[{ value: '', label: t('importNoColumn') }, ...step.summary.columns.map((c) => ({ value: c, label: c }))]}
                  onValue={(column) => remap(step.file, withColumn(step.mapping, field, column))}
                />
              ))}
            </div>
          </fieldset>
          <StatusMessage>{busy ? t('importPreviewing') : null}</StatusMessage>
          <ErrorMessage error={error} />
          {step.mapping === step.summary.mapping && (
            <>
              <h3>{t('importWillTitle')}</h3>
              <ImportCounts summary={step.summary} />
              <ImportFlags summary={step.summary} />
            </>
          )}
          <div className="org-actions">
            {step.mapping === step.summary.mapping && step.summary.confirmCancel && (
              <button type="button" className="button primary" onClick={() => go({ ...step, kind: 'confirm' })}>
                {t('importNext')}
              </button>
            )}
            {step.mapping === step.summary.mapping && !step.summary.confirmCancel && (
              <button type="button" className="button primary" onClick={() => commit(step.file, step.mapping)}>
                {t('importCommit')}
              </button>
            )}
            <button type="button" className="button" onClick={() => go({ kind: 'choose' })}>
              {t('importOtherFile')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'confirm' && (
        <section className="org-section org-danger" aria-labelledby={confirmId}>
          <FocusHeading level={2} focus={moved} id={confirmId}>
            {t('importConfirmTitle', { count: step.summary.cancelled })}
          </FocusHeading>
          <p>{t('importConfirmIntro', { file: step.file.fileName, count: step.summary.cancelled })}</p>
          {step.summary.cancelledArrived > 0 && <p className="org-warning">{t('importConfirmArrived', { arrived: step.summary.cancelledArrived })}</p>}
          <p>{t('importConfirmCheck')}</p>
          <ErrorMessage error={error} />
          <div className="org-actions">
            <button type="button" className="button danger" onClick={() => commit(step.file, step.mapping, step.summary.cancelled)}>
              {t('importConfirmCommit', { count: step.summary.cancelled })}
            </button>
            <button type="button" className="button" onClick={() => go({ ...step, kind: 'review' })}>
              {t('importConfirmBack')}
            </button>
          </div>
        </section>
      )}
      {step.kind === 'done' && (
        <>
          <FocusHeading level={2} focus={moved}>
            {t('importDoneTitle')}
          </FocusHeading>
          <p>{t('importDoneIntro', { file: step.file.fileName })}</p>
          <ImportCounts summary={step.summary} />
          <div className="org-actions">
            <button type="button" className="button primary" onClick={onShowList}>
              {t('importShowList')}
            </button>
            <button type="button" className="button" onClick={() => go({ kind: 'choose' })}>
              {t('importAnother')}
            </button>
          </div>
        </>
      )}
    </>
  );
}

/** Step 1: the file input. */
function ChooseStep({ focus, busy, onFile, children }: {
  readonly focus: boolean;
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
  readonly children: ReactNode;
}) {
  const t = useText();
  return (
    <>
      <FocusHeading level={2} focus={focus}>
        {t('importChooseTitle')}
      </FocusHeading>
      <FileField label={t('importFileLabel')} hint={t('importFileHint')} accept={ACCEPTED_FILES} onFile={onFile} />
      <StatusMessage>{busy ? t('importReading') : null}</StatusMessage>
      {children}
    </>
  );
}

/** The file's columns, which field each feeds, and its first rows. */
function PreviewTable({ summary, mapping }: { readonly summary: ImportSummary; readonly mapping: ImportMapping }) {
  const t = useText();
  const captionId = useId();
  const fieldOf = (column: string): RegistrantField | undefined => REGISTRANT_FIELDS.find((f) => mapping[f] === column);
  return (
    <TableScroll labelId={captionId}>
      <table className="org-table">
        <caption id={captionId}>{t('importPreviewCaption', { rows: summary.preview.length })}</caption>
        <thead>
          <tr>
            {summary.columns.map((column, i) => {
              const field = fieldOf(column);
              return (
                <th key={i} scope="col">
                  {column}
                  <span className="org-maps-to">{field ? `→ ${t(FIELD_TEXT[field])}` : t('importUnused')}</span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {summary.preview.map((row, r) => (
            <tr key={r}>
              {summary.columns.map((column, i) => (
                <td key={i}>{row[column]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** What the organiser should look at before importing: shared and invalid emails, more confirmed than the room. */
function ImportFlags({ summary }: { readonly summary: ImportSummary }) {
  const t = useText();
  const { sharedEmails, invalidEmails, overCapacity } = summary.flags;
  if (sharedEmails.length === 0 && invalidEmails.length === 0 && overCapacity === null) return null;
  return (
    <>
      <h3>{t('importFlagsTitle')}</h3>
      <ul className="org-flags">
        {overCapacity && <li>{t('importOverCapacity', overCapacity)}</li>}
        {sharedEmails.map((s) => (
          <li key={s.email}>{t('importSharedEmail', { email: s.email, names: s.names.join(', ') })}</li>
        ))}
        {invalidEmails.map((e) => (
          <li key={e.row}>{t('importInvalidEmail', e)}</li>
        ))}
      </ul>
    </>
  );
}

/** What an import changes (or changed), and the rows it leaves out with why. */
function ImportCounts({ summary }: { readonly summary: ImportSummary }) {
  const t = useText();
  const inLanguage = useStoredText();
  return (
    <>
      <ul className="org-counts">
        <li>{t('importAdded', { count: summary.added })}</li>
        <li>{t('importUpdated', { count: summary.updated })}</li>
        <li>{t('importUnchanged', { count: summary.unchanged })}</li>
        <li>{t('importCancelled', { count: summary.cancelled })}</li>
        <li>{t('importRejected', { count: summary.rejected.length })}</li>
      </ul>
      {summary.cancelledArrived > 0 && <p>{t('importCancelArrived', { count: summary.cancelledArrived })}</p>}
      {summary.rejected.length > 0 && (
        <table className="org-table">
          <caption>{t('importRejectedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importRow')}</th>
              <th scope="col">{t('importReason')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.rejected.map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                <td>{inLanguage(r.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
