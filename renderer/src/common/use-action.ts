/**
 * Running API calls from the organiser and welcome screens: busy state, the
 * failure in the screen's language, and back to the PIN when the organiser
 * session has lapsed.
 */
import { createContext, useCallback, useContext, useState } from 'react';
import { text, type Language, type TextParams, type UiTextKey } from '../../../shared/i18n.js';
import { isFailure } from '../api/api-error.js';
import { failureText } from './failure-text.js';
import { useLatestOnly } from './use-latest-only.js';

/** A problem the screen itself finds, or words of its own for the kiosk's refusal, named by its text. */
export class ScreenProblem extends Error {
  constructor(
    readonly textKey: UiTextKey,
    readonly params: TextParams = {},
  ) {
    super(text(textKey, params, 'nb'));
  }
}

/** What a failure says, in the screen's language: the kiosk's own words when it explained itself. */
export function errorText(error: unknown, language: Language): string {
  return error instanceof ScreenProblem ? text(error.textKey, error.params, language) : failureText(error, language);
}

/** Called when the kiosk says the organiser screens are locked; absent outside them. */
export const OrganiserLockContext = createContext<((reason: unknown) => void) | null>(null);

/** The state of the latest call, and a way to make one. */
export interface Action {
  readonly busy: boolean;
  /** The latest call's failure, or null. */
  readonly error: unknown;
  /**
   * Runs the work; resolves to its result, or to undefined when it failed
   * (the failure is in `error`) or a newer call has started since.
   */
  readonly run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
}

/**
 * Runs API calls one after another; only the latest one's outcome counts, so
 * a slow answer to an old search never overwrites a newer one.
 */
export function useAction(): Action {
  const onLocked = useContext(OrganiserLockContext);
  const requests = useLatestOnly();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      const isLatest = requests.begin();
      setBusy(true);
      setError(null);
      try {
        const result = await work();
        return isLatest() ? result : undefined;
      } catch (failure) {
        if (!isLatest()) return undefined;
        // The organiser session is closed or has lapsed.
        if (onLocked && isFailure(failure, 'organiserLocked')) onLocked(failure);
        else setError(failure);
        return undefined;
      } finally {
        if (isLatest()) setBusy(false);
      }
    },
    [onLocked, requests],
  );
  return { busy, error, run };
}
