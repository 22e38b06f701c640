/**
 * A value that follows another once it has stopped changing, so a search
 * runs when the typing pauses rather than at every key.
 */
import { useEffect, useState } from 'react';

/** `value`, once it has been unchanged for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
