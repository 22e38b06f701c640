/**
 * One registrant's code as a QR image, ready to print on its own.
 */
import { useEffect, useState } from 'react';
import type { RegistrantRow } from '../../../shared/contract.js';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { svgDataUrl } from './bytes.js';
import { FocusHeading } from './focus-heading.js';
import { closeOnEscape } from './registrant-desk.js';

/** The code with name and event (what the print shows), and buttons to print or close; Escape closes it too. */
export function RegistrantCode({ registrant, eventName, onClose }: {
  readonly registrant: RegistrantRow;
  readonly eventName: string;
  readonly onClose: () => void;
}) {
  const { api } = useApp();
  const t = useText();
  const { error, run } = useAction();
  const [image, setImage] = useState<string | null>(null);

  useEffect(() => {
    void run(() => api.registrantCode({ registrantId: registrant.id })).then((code) => code && setImage(svgDataUrl(code.svg)));
  }, [api, run, registrant.id]);

  return (
    <section className="org-code" onKeyDown={closeOnEscape(onClose)}>
      <FocusHeading level={2}>{t('codeTitle', { name: registrant.name })}</FocusHeading>
      <div className="org-print-card">
        <p className="org-print-event">{eventName}</p>
        <p className="org-print-name">{registrant.name}</p>
        {registrant.organisation && <p>{registrant.organisation}</p>}
        {image ? <img className="org-qr" src={image} alt={t('codeAlt', { name: registrant.name })} /> : !error && <p>{t('loading')}</p>}
      </div>
      <ErrorMessage error={error} />
      {registrant.status !== 'confirmed' && <p>{t(registrant.status === 'cancelled' ? 'codeCancelledNote' : 'codeWaitlistedNote')}</p>}
      <div className="org-actions">
        <button type="button" className="button primary" disabled={!image} onClick={() => window.print()}>
          {t('codePrint')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('codeClose')}
        </button>
      </div>
    </section>
  );
}
