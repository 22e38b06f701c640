/**
 * The checks every API call passes, over HTTP and over Electron IPC alike:
 * who may call the operation, whether the request meets the contract, and how
 * a refusal or a failure reads on the screen.
 */
import { z } from 'zod';
import { apiFailure, contract, type ApiFailure, type Operation, type RequestOf } from '../shared/contract.js';
import { UserError } from '../shared/i18n.js';

/** The failure for a name that is no operation of the contract. */
export function unknownOperation(): ApiFailure {
  return apiFailure('badRequest', { detail: 'ukjent operasjon' });
}

/** What a transport can tell about the caller. */
export interface Caller {
  holdsEventKey(): boolean;
  /** Asked only for organiser operations: checking a session keeps it open. */
  holdsOrganiserSession(): boolean;
}

/** Why a caller may not call an operation. */
export type AccessRefusal = 'unauthorized' | 'organiserLocked';

/** The reason the caller may not call the operation, or null when it may. */
export function accessRefusal(operation: Operation, caller: Caller): AccessRefusal | null {
  const { access } = contract[operation];
  if (access !== 'setup' && !caller.holdsEventKey()) return 'unauthorized';
  if (access === 'organiser' && !caller.holdsOrganiserSession()) return 'organiserLocked';
  return null;
}

/** A request read by its operation's schema. */
export type ParsedRequest<O extends Operation> = { readonly ok: true; readonly request: RequestOf<O> } | { readonly ok: false; readonly failure: ApiFailure };

/**
 * The request as the operation's schema reads it: unknown fields are dropped,
 * or refused where the schema is strict, and anything else wrong is explained.
 */
export function parseRequest<O extends Operation>(operation: O, payload: unknown): ParsedRequest<O> {
  const parsed = contract[operation].request.safeParse(payload);
  return parsed.success
    ? { ok: true, request: parsed.data as RequestOf<O> }
    : { ok: false, failure: apiFailure('badRequest', { detail: z.prettifyError(parsed.error) }) };
}

/** How a handler's failure reads on the screen: a UserError's own words, anything else a plain "try again". */
export function failureOf(error: unknown): ApiFailure {
  if (error instanceof UserError) return apiFailure(error.key, error.params);
  // Log only the kind of failure: messages may hold attendee data.
  console.error(`innsjekk: request failed: ${error instanceof Error ? error.name : 'unknown error'}`);
  return apiFailure('internal');
}
