/**
 * A refusal the HTTP server answers with: a status and a failure in both
 * languages, thrown wherever a request is found wanting.
 */
import type { MessageKey } from '../shared/i18n.js';
import { apiFailure } from './api-access.js';

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
export function errorBody(key: MessageKey, params: Record<string, string | number> = {}): object {
  return { error: apiFailure(key, params) };
}
