/**
 * After an event is set up or joined in a browser: the kiosk's full address,
 * with its event key, shown as text and as a QR code and put in the address
 * bar, so another tab, a restarted browser or a tablet at the door can open
 * the kiosk without a terminal.
 */
import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import { useText } from './app-context.js';
import { svgDataUrl } from './organiser/bytes.js';

/** The address and its QR code, and the way on. */
export function KioskReady({ address, onContinue }: { readonly address: string; readonly onContinue: () => void }) {
  const t = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    heading.current?.focus();
    // Same origin, so only the fragment changes: nothing is loaded again, and the address bar holds the key to bookmark.
    history.replaceState(null, '', address);
    void QRCode.toString(address, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((svg) => setQr(svgDataUrl(svg)));
  }, [address]);
  return (
    <main className="welcome">
      <h1 ref={heading} tabIndex={-1}>
        {t('readyTitle')}
      </h1>
      <p>{t('readyIntro')}</p>
      <p className="welcome-address">
        <code>{address}</code>
      </p>
      {qr && <img className="org-qr" src={qr} alt={t('readyQrAlt')} />}
      <p>{t('readySecret')}</p>
      <button type="button" className="button primary" onClick={onContinue}>
        {t('readyContinue')}
      </button>
    </main>
  );
}
