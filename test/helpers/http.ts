/**
 * Calling the HTTP API as a kiosk screen does: POST /api/OPERATION with a JSON
 * body, the event key and, for organiser operations, an organiser session.
 */
import { expect } from 'vitest';
import { contract, type Operation, type RequestOf, type ResponseOf } from '../../shared/contract.js';
import { ORGANISER_HEADER } from '../../electron/server.js';

/** The credentials a request carries; a missing one sends no header. */
export interface Credentials {
  readonly key?: string;
  readonly organiserSession?: string;
}

/** A response as it came: status and parsed JSON body. */
export interface RawResponse {
  readonly status: number;
  readonly body: unknown;
}

/** The body of every refusal. */
export interface ApiErrorBody {
  readonly error: { readonly key: string; readonly message: string; readonly messageEn: string };
}

/** POSTs a body as is (a stream goes chunked, without a length) to /api/NAME. */
export async function postRaw(baseUrl: string, name: string, body: string | ReadableStream<Uint8Array>, credentials: Credentials): Promise<RawResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (credentials.key !== undefined) headers.authorization = `Bearer ${credentials.key}`;
  if (credentials.organiserSession !== undefined) headers[ORGANISER_HEADER] = credentials.organiserSession;
  const response = await fetch(`${baseUrl}/api/${name}`, {
    method: 'POST',
    headers,
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  });
  return { status: response.status, body: await response.json() };
}

/** A client for one server and its credentials; each call expects 200 and a response that meets the contract. */
export function apiClient(baseUrl: string, credentials: Credentials) {
  return async <O extends Operation>(operation: O, request: RequestOf<O>): Promise<ResponseOf<O>> => {
    const { status, body } = await postRaw(baseUrl, operation, JSON.stringify(request), credentials);
    expect(status, JSON.stringify(body)).toBe(200);
    return contract[operation].response.parse(body) as ResponseOf<O>;
  };
}

/** A client with an organiser session, unlocked with the kiosk's PIN. */
export async function organiserClient(baseUrl: string, key: string, pin: string): Promise<ReturnType<typeof apiClient>> {
  const { session } = await apiClient(baseUrl, { key })('organiserUnlock', { pin });
  return apiClient(baseUrl, { key, organiserSession: session });
}
