/**
 * Answers that arrive out of order: only the latest request's answer counts,
 * so a slow search for "ø" cannot replace the results for "ødeg".
 */
import { useState } from 'react';

/** Delivers a promise's outcome only if no later one was tracked since. */
export type TrackLatest = <T>(promise: Promise<T>, deliver: (value: T) => void, fail: (error: unknown) => void) => void;

/** A tracker whose later calls make earlier, unanswered ones stale. */
export function latestOnly(): TrackLatest {
  let latest = 0;
  return (promise, deliver, fail) => {
    const ticket = ++latest;
    promise.then(
      (value) => ticket === latest && deliver(value),
      (error: unknown) => ticket === latest && fail(error),
    );
  };
}

/** One tracker for the component's lifetime. */
export function useLatestOnly(): TrackLatest {
  return useState(latestOnly)[0];
}
