/**
 * The change feed as the screens see it: the kiosk pushes which topics
 * changed (Server-Sent Events over HTTP, IPC messages in Electron), and each
 * screen asks again for what it shows.
 */
import { CHANGE_TOPICS, type ChangeTopic } from '../../../shared/contract.js';

/** Where a screen hears of changes. */
export interface ChangeSource {
  /** Calls the listener with each change's topics until the returned function is called. */
  subscribe(listener: (topics: readonly ChangeTopic[]) => void): () => void;
}

/** The topics of a message from the kiosk, without anything unknown. */
export function topicsOf(value: unknown): ChangeTopic[] {
  return Array.isArray(value) ? value.filter((topic): topic is ChangeTopic => (CHANGE_TOPICS as readonly unknown[]).includes(topic)) : [];
}

/** One source shared by many listeners: a single connection, opened while anyone listens. */
export function sharedSource(open: (emit: (topics: readonly ChangeTopic[]) => void) => () => void): ChangeSource {
  const listeners = new Set<(topics: readonly ChangeTopic[]) => void>();
  let close: (() => void) | null = null;
  return {
    subscribe(listener) {
      listeners.add(listener);
      close ??= open((topics) => {
        if (topics.length > 0) listeners.forEach((l) => l(topics));
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          close?.();
          close = null;
        }
      };
    },
  };
}
