/**
 * Answers that arrive out of order: only the latest request's answer counts,
 * so a slow search for "ø" cannot replace the results for "ødeg", nor an
 * earlier check's verdict the one on screen.
 */
import { useState } from 'react';

/** Whether the request it was handed out for is still the latest one. */
export type IsLatest = () => boolean;

/** Requests of which only the latest counts: each new one makes the earlier ones stale. */
export class LatestOnly {
  private latest = 0;

  /** Starts a request, making every earlier one stale. */
  begin(): IsLatest {
    const ticket = ++this.latest;
    return () => ticket === this.latest;
  }

  /**
   * Starts a request for `answer` and delivers it only if no later one has
   * begun since. An answer at hand (not a promise) is delivered at once, in
   * the caller's own task.
   */
  track<T>(answer: T | Promise<T>, deliver: (value: T) => void, fail: (error: unknown) => void): void {
    const isLatest = this.begin();
    if (!(answer instanceof Promise)) {
      deliver(answer);
      return;
    }
    answer.then(
      (value) => isLatest() && deliver(value),
      (error: unknown) => isLatest() && fail(error),
    );
  }
}

/** One for the component's lifetime. */
export function useLatestOnly(): LatestOnly {
  return useState(() => new LatestOnly())[0];
}
