/**
 * The one error type every screen handles, whichever shell it runs in: a
 * refusal or failure the kiosk explained, in both languages.
 */
import { apiFailure, type ApiFailure } from '../../../shared/contract.js';
import type { MessageKey } from '../../../shared/i18n.js';

/** A failure of an API call, over HTTP or Electron IPC. */
export class ApiError extends Error {
  readonly key: MessageKey;
  readonly messageEn: string;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(failure: ApiFailure) {
    super(failure.message);
    this.name = 'ApiError';
    this.key = failure.key;
    this.messageEn = failure.messageEn;
    this.params = failure.params;
  }
}

/** The error for a kiosk that does not answer at all. */
export function unreachable(): ApiError {
  return new ApiError(apiFailure('kioskUnreachable'));
}

/** True when the error is the kiosk's refusal with this key. */
export function isFailure(error: unknown, key: MessageKey): error is ApiError {
  return error instanceof ApiError && error.key === key;
}
