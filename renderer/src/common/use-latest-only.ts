/**
 * Answers that arrive out of order: only the latest request's answer counts,
 * so a slow search for "ø" cannot replace the results for "ødeg".
 */
import { useState } from 'react';

/**
 * Delivers an answer only if no later one was tracked since. An answer at
 * hand (not a promise) is delivered at once, in the caller's own task.
 */
export type TrackLatest = <T>(answer: T | Promise<T>, deliver: (value: T) => void, fail: (error: unknown) => void) => void;

/** A tracker whose later calls make earlier, unanswered ones stale. */
export function latestOnly(): TrackLatest {
  let latest = 0;
  return (answer, deliver, fail) => {
    const ticket = ++latest;
    if (!(answer instanceof Promise)) {
      deliver(answer);
      return;
    }
    answer.then(
      (value) => ticket === latest && deliver(value),
      (error: unknown) => ticket === latest && fail(error),
    );
  };
}

/** One tracker for the component's lifetime. */
export function useLatestOnly(): TrackLatest {
  return useState(latestOnly)[0];
}
