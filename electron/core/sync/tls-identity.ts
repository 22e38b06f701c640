/**
 * A kiosk's own TLS certificate for serving sync: self-signed, made once per
 * data directory, and trusted by the other kiosks through the fingerprint in
 * the pairing code rather than through any certificate authority.
 */
import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';
import type { Core } from '../core.js';
import { metaValueSync, setMetaValueSync } from '../store/meta-store.js';

/** The certificate and key to serve HTTPS with. */
export interface TlsIdentity {
  readonly cert: string;
  readonly key: string;
  /** SHA-256 of the certificate, AB:CD:… */
  readonly fingerprint: string;
}

/** The meta key of the kiosk's certificate. */
export const CERT_KEY = 'tls_cert';
const PRIVATE_KEY = 'tls_key';
const VALID_YEARS = 10;

/** The certificate's SHA-256 fingerprint, as Node writes it. */
export function certificateFingerprint(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

/** The kiosk's TLS identity, made on first use. */
export async function tlsIdentity(core: Core): Promise<TlsIdentity> {
  let cert = metaValueSync(core, CERT_KEY);
  let key = metaValueSync(core, PRIVATE_KEY);
  if (!cert || !key) {
    const now = new Date();
    const until = new Date(now);
    until.setFullYear(until.getFullYear() + VALID_YEARS);
    const made = await generate([{ name: 'commonName', value: `Innsjekk ${core.kioskId}` }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate: now,
      notAfterDate: until,
    });
    cert = made.cert;
    key = made.private;
    core.transaction(() => {
      setMetaValueSync(core, CERT_KEY, cert!);
      setMetaValueSync(core, PRIVATE_KEY, key!);
    });
  }
  return { cert, key, fingerprint: certificateFingerprint(cert) };
}
