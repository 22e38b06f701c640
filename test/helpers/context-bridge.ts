/**
 * A stand-in for Electron's context bridge that copies values across as the
 * real one does (Electron's docs, "contextBridge › Parameter / Error / Return
 * Type support"): plain data is copied, functions and promises are proxied,
 * and an Error keeps only its message — custom properties such as `key` are
 * dropped, whether the error is thrown, rejected or returned.
 */

/** A value as the other world receives it. */
export function acrossBridge(value: unknown): unknown {
  if (value instanceof Error) return new Error(value.message);
  if (value instanceof Promise) return value.then(acrossBridge, (error: unknown) => Promise.reject(acrossBridge(error)));
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      try {
        return acrossBridge((value as (...a: unknown[]) => unknown)(...args.map(acrossBridge)));
      } catch (error) {
        throw acrossBridge(error);
      }
    };
  }
  if (Array.isArray(value)) return value.map(acrossBridge);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, acrossBridge(v)]));
  return value;
}
