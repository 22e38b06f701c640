/**
 * The unlocked organiser screens: a header with the sections and the way
 * back to check-in, and the chosen section below it.
 */
import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../shared/contract.js';
import type { UiTextKey } from '../../../shared/i18n.js';
import { useApp, useText } from '../app-context.js';
import { LanguageSwitch } from '../language-switch.js';
import { ErrorMessage } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { ImportWizard } from './import-wizard.js';
import { KiosksScreen } from './kiosks-screen.js';
import { MailScreen } from './mail-screen.js';
import { OverviewScreen } from './overview-screen.js';
import { RegistrantList } from './registrant-list.js';
import { ReportScreen } from './report-screen.js';
import { SettingsScreen } from './settings-screen.js';

type Section = 'overview' | 'registrants' | 'import' | 'mail' | 'kiosks' | 'report' | 'settings';

const SECTIONS: readonly { readonly id: Section; readonly text: UiTextKey }[] = [
  { id: 'overview', text: 'sectionOverview' },
  { id: 'registrants', text: 'sectionRegistrants' },
  { id: 'import', text: 'sectionImport' },
  { id: 'mail', text: 'sectionMail' },
  { id: 'kiosks', text: 'sectionKiosks' },
  { id: 'report', text: 'sectionReport' },
  { id: 'settings', text: 'sectionSettings' },
];

/** The event as every section shows it. */
export type EventInfo = ResponseOf<'eventInfo'>;

/** The sections, opening on the live overview, or on the import while nobody is registered yet; `onLeftEvent` once the kiosk has left the event. */
export function OrganiserShell({ onLeave, onLeftEvent }: { readonly onLeave: () => void; readonly onLeftEvent: (eventName: string) => void }) {
  const { api } = useApp();
  const t = useText();
  const { error, run } = useAction();
  const [section, setSection] = useState<Section | null>(null);
  const [event, setEvent] = useState<EventInfo | null>(null);

  useEffect(() => {
    void run(() => Promise.all([api.eventInfo({}), api.registrants({ limit: 1 })])).then((loaded) => {
      if (!loaded) return;
      setEvent(loaded[0]);
      setSection((current) => current ?? (loaded[1].total === 0 ? 'import' : 'overview'));
    });
  }, [api, run]);

  return (
    <div className="org">
      <header className="org-header">
        <p className="org-title">
          <strong>{t('organiserTitle')}</strong>
          {event && <span> – {event.name}</span>}
        </p>
        <nav aria-label={t('organiserNav')}>
          <ul className="org-nav">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <button type="button" className="button" aria-current={s.id === section ? 'page' : undefined} onClick={() => setSection(s.id)}>
                  {t(s.text)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="org-actions">
          <LanguageSwitch />
          <button type="button" className="button primary" onClick={onLeave}>
            {t('organiserLeave')}
          </button>
        </div>
      </header>
      <main className="org-main">
        {section === 'overview' && <OverviewScreen onShowKiosks={() => setSection('kiosks')} />}
        {section === 'registrants' && <RegistrantList eventName={event?.name ?? ''} />}
        {section === 'import' && <ImportWizard onShowList={() => setSection('registrants')} />}
        {section === 'mail' && <MailScreen />}
        {section === 'kiosks' && <KiosksScreen />}
        {section === 'report' && <ReportScreen />}
        {section === 'settings' && <SettingsScreen event={event} onEvent={setEvent} onLeftEvent={onLeftEvent} />}
        {section === null && (error ? <ErrorMessage error={error} /> : <p>{t('loading')}</p>)}
      </main>
    </div>
  );
}
