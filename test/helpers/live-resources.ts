/**
 * Which timers and sockets that Innsjekk's own code made are still alive:
 * a shell that stops cleanly leaves none. Watches from the call on, through
 * async_hooks, and counts only what a frame of the product (electron/ or
 * dist/) created, so the test runner's own timers do not count.
 */
import { createHook } from 'node:async_hooks';
import path from 'node:path';

/** A TLS connection is watched through its TCP socket: TLSWRAP's end is told only when it is garbage collected. */
const WATCHED = new Set(['Timeout', 'TCPWRAP', 'TCPSERVERWRAP']);
const PRODUCT = [path.resolve('electron'), path.resolve('dist')].map((dir) => `${dir}${path.sep}`);

/** Starts watching; returns a function listing what is still alive, each with the product frame that made it. */
export function liveResources(): () => string[] {
  const live = new Map<number, string>();
  createHook({
    init(id, type) {
      if (!WATCHED.has(type)) return;
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 80;
      const stack = new Error().stack ?? '';
      Error.stackTraceLimit = limit;
      const frame = stack.split('\n').find((line) => PRODUCT.some((dir) => line.includes(dir)));
      if (frame) live.set(id, `${type} made at ${frame.trim()}`);
    },
    destroy(id) {
      live.delete(id);
    },
  }).enable();
  return () => [...live.values()];
}
