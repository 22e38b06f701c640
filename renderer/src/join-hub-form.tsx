/**
 * Joining the organiser's kiosk (the hub) from the welcome screen: the
 * pairing code pasted, scanned with the handheld scanner, or read by the
 * webcam.
 */
import { useRef, useState } from 'react';
import { parsePairingCode } from '../../shared/sync-protocol.js';
import { useApp, useText } from './app-context.js';
import { CameraPanel } from './common/camera-panel.js';
import { FormSection, TextField } from './common/form-parts.js';
import type { AcceptScan } from './common/keyboard-wedge.js';
import { useAction } from './common/use-action.js';
import { useKeyboardWedge } from './common/use-keyboard-wedge.js';

/** The scanner's bursts this screen looks for; one function for good, so the scanner is not set up anew each render. */
const isPairingCode: AcceptScan = (text) => parsePairingCode(text) !== null;

/** Joins the hub a pairing code names; hands on the event's key. */
export function JoinHubForm({ onJoined }: { readonly onJoined: (eventKey: string) => void }) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [code, setCode] = useState('');
  const [kioskName, setKioskName] = useState('');
  const [camera, setCamera] = useState(false);
  // The camera reads the same code many times a second: each code is tried once.
  const lastScanned = useRef<string | null>(null);

  // The kiosk checks the code and says in its own words what is wrong with it.
  const join = (text: string): void => {
    const name = kioskName.trim();
    void run(() => api.joinHub({ code: text.trim(), ...(name ? { kioskName: name } : {}) })).then(
      (joined) => joined && onJoined(joined.eventKey),
    );
  };

  const joinScanned = (text: string): void => {
    if (busy || text === lastScanned.current) return;
    lastScanned.current = text;
    setCode(text);
    join(text);
  };
  useKeyboardWedge(joinScanned, { accept: isPairingCode });

  return (
    <>
      <FormSection
        title={t('welcomeJoin')}
        intro={t('welcomeJoinHelp')}
        submitText={t('joinSubmit')}
        busy={busy}
        error={error}
        status={busy ? t('joinBusy') : null}
        onSubmit={() => join(code)}
      >
        <TextField label={t('joinCode')} hint={t('joinCodeHint')} autoComplete="off" spellCheck={false} value={code} onValue={setCode} />
        <TextField label={t('joinKioskName')} hint={t('joinKioskNameHint')} autoComplete="off" maxLength={60} value={kioskName} onValue={setKioskName} />
      </FormSection>
      <button type="button" className="button join-camera" aria-expanded={camera} onClick={() => setCamera(!camera)}>
        {t(camera ? 'joinCameraHide' : 'joinCamera')}
      </button>
      {camera && <CameraPanel onCode={joinScanned} startAtOnce />}
    </>
  );
}
