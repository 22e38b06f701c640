/**
 * A refusal the HTTP server answers with: a status and a failure in both
 * languages, thrown wherever a request is found wanting.
 */
import { apiFailure } from '../shared/contract.js';
import type { MessageKey, TextParams } from '../shared/i18n.js';

/** Answers the request with this status and body instead of running it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: object,
  ) {
    super(`HTTP ${status}`);
  }
}

/** The body of a refusal from the message catalogue. */
export function errorBody(key: MessageKey, params: TextParams = {}): object {
  return { error: apiFailure(key, params) };
}
