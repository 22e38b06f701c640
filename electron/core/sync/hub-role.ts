/**
 * Serving the event to the other kiosks: the organiser's kiosk becomes the
 * hub from the command line (`serve --hub`) or from the organiser screens,
 * and stays it when it is started again.
 */
import { UserError } from '../../../shared/i18n.js';
import type { Core } from '../core.js';
import { hubSync } from '../store/hub-store.js';
import { metaValueSync, setMetaValueSync } from '../store/meta-store.js';
import { tlsIdentity, type TlsIdentity } from './tls-identity.js';

/** Where a hub listens. */
export interface HubListen {
  readonly host: string;
  readonly port: number;
}

/** Where a hub listens unless told: every interface, so the other laptops reach it. */
export const DEFAULT_HUB_LISTEN: HubListen = { host: '0.0.0.0', port: 4681 };

/** The meta keys where a hub keeps the address it serves on (for `innsjekk pair`) and where it listens (for the next start). */
const HUB_ADDRESS_KEY = 'hub_address';
const HUB_LISTEN_KEY = 'hub_listen';

/** A hub address written HOST:PORT (INNSJEKK_HUB_LISTEN, say), or null when it is not one. */
export function parseHubListen(text: string | undefined): HubListen | null {
  const match = /^(.+):(\d{1,5})$/.exec(text ?? '');
  const port = Number(match?.[2]);
  return match && port <= 65535 ? { host: match[1]!.replace(/^\[(.*)\]$/, '$1'), port } : null;
}

/** Where this kiosk was made the hub, or null when it never was. */
export function chosenHubListenSync(core: Core): HubListen | null {
  const stored = metaValueSync(core, HUB_LISTEN_KEY);
  return stored ? (JSON.parse(stored) as HubListen) : null;
}

/**
 * What serving as hub needs: refused on a kiosk that joined another hub
 * (it would split the kiosks in two); the certificate made on first use.
 */
export async function hubIdentity(core: Core): Promise<TlsIdentity> {
  if (hubSync(core)) throw new UserError('joinedCannotServe');
  return tlsIdentity(core);
}

/** Records that this kiosk serves as hub at `url`, listening at `listen`: `innsjekk pair` and the next start use it. */
export function recordHubSync(core: Core, url: string, listen: HubListen): void {
  core.transaction(() => {
    setMetaValueSync(core, HUB_ADDRESS_KEY, url);
    setMetaValueSync(core, HUB_LISTEN_KEY, JSON.stringify(listen));
  });
}

/** The address this kiosk serves as hub at, as last recorded; undefined when it never served. */
export function servedHubAddressSync(core: Core): string | undefined {
  return metaValueSync(core, HUB_ADDRESS_KEY);
}
