/**
 * The API contract over HTTP, for the browser shell: the same operations the
 * Electron preload exposes, with the event key and the organiser session.
 */
import { CHANGE_TOPICS, contract, type Api, type ApiFailure, type Operation, type RequestOf, type ResponseOf } from '../../../shared/contract.js';
import { ApiError, unreachable } from './api-error.js';
import { sharedSource, topicsOf, type ChangeSource } from './change-source.js';

const KEY_STORAGE = 'innsjekk.eventKey';
const ORGANISER_HEADER = 'x-innsjekk-organiser';
/** How long to wait before listening again after the change stream broke (the kiosk restarting, say). */
const RECONNECT_MS = 2000;

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
      throw unreachable();
    }
    const body = (await response.json().catch(() => null)) as { error?: ApiFailure } | null;
    if (!response.ok) throw body?.error ? new ApiError(body.error) : unreachable();
    const result = body as ResponseOf<O>;
    if (operation === 'organiserUnlock') organiserSession = (result as ResponseOf<'organiserUnlock'>).session;
    if (operation === 'organiserLock') organiserSession = null;
    return result;
  };
  return Object.fromEntries(
    (Object.keys(contract) as Operation[]).map((operation) => [operation, (request: never) => call(operation, request)]),
  ) as unknown as Api;
}

/**
 * The kiosk's change feed over HTTP: a Server-Sent Events stream read with
 * fetch (EventSource cannot send the event key), opened again after a break.
 */
export function createHttpChanges(baseUrl: string, eventKey: () => string | null): ChangeSource {
  return sharedSource((emit) => {
    const stopping = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    const listen = async (): Promise<void> => {
      const key = eventKey();
      const response = await fetch(`${baseUrl}/api/changes`, { headers: key ? { authorization: `Bearer ${key}` } : {}, signal: stopping.signal });
      if (!response.ok || !response.body) throw unreachable();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffered += value;
        const messages = buffered.split('\n\n');
        buffered = messages.pop() ?? '';
        for (const message of messages) {
          const data = message.split('\n').find((line) => line.startsWith('data: '));
          if (data) emit(topicsOf(JSON.parse(data.slice('data: '.length))));
        }
      }
    };
    const keepListening = (): void => {
      void listen()
        .catch(() => undefined)
        .then(() => {
          if (stopping.signal.aborted) return;
          // Whatever was missed while apart: every screen asks again.
          emit(CHANGE_TOPICS);
          retry = setTimeout(keepListening, RECONNECT_MS);
        });
    };
    keepListening();
    return () => {
      stopping.abort();
      clearTimeout(retry);
    };
  });
}
