/**
 * The API contract over HTTP, for the browser shell: the same operations the
 * Electron preload exposes, with the event key and the organiser session.
 */
import { contract, type Api, type Operation, type RequestOf, type ResponseOf } from '../../../shared/contract.js';

const KEY_STORAGE = 'innsjekk.eventKey';
const ORGANISER_HEADER = 'x-innsjekk-organiser';

/** An error the server explained, in both languages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly key: string,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

/**
 * Moves an event key from the address's fragment (where `innsjekk serve`
 * puts it) into storage, and out of the address bar.
 */
export function takeEventKeyFromAddress(location: Location, storage: Storage): void {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('key');
  if (!fromHash) return;
  storage.setItem(KEY_STORAGE, fromHash);
  history.replaceState(null, '', location.pathname + location.search);
}

/** The remembered event key, or null. */
export function storedEventKey(storage: Storage): string | null {
  return storage.getItem(KEY_STORAGE);
}

/** Remembers a new event key, e.g. after the demo event was set up. */
export function rememberEventKey(storage: Storage, key: string): void {
  storage.setItem(KEY_STORAGE, key);
}

/** An Api that posts each operation to /api/OPERATION. */
export function createHttpApi(baseUrl: string, eventKey: () => string | null): Api {
  let organiserSession: string | null = null;
  const call = async <O extends Operation>(operation: O, request: RequestOf<O>): Promise<ResponseOf<O>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const key = eventKey();
    if (key) headers.authorization = `Bearer ${key}`;
    if (organiserSession) headers[ORGANISER_HEADER] = organiserSession;
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/${operation}`, { method: 'POST', headers, body: JSON.stringify(request) });
    } catch {
      throw new ApiError(0, 'network', 'Kiosken svarer ikke. Sjekk at Innsjekk kjører, og prøv igjen.', 'The kiosk does not answer. Check that Innsjekk is running, and try again.');
    }
    const body = (await response.json().catch(() => null)) as { error?: { key: string; message: string; messageEn: string } } | null;
    if (!response.ok) {
      const error = body?.error;
      throw new ApiError(response.status, error?.key ?? 'network', error?.message ?? 'Kiosken svarer ikke. Prøv igjen.', error?.messageEn ?? 'The kiosk does not answer. Try again.');
    }
    const result = body as ResponseOf<O>;
    if (operation === 'organiserUnlock') organiserSession = (result as ResponseOf<'organiserUnlock'>).session;
    if (operation === 'organiserLock') organiserSession = null;
    return result;
  };
  return Object.fromEntries(
    (Object.keys(contract) as Operation[]).map((operation) => [operation, (request: never) => call(operation, request)]),
  ) as unknown as Api;
}
