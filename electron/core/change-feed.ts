/**
 * What a running kiosk tells its screens when something they show has
 * changed: arrivals or the list (the door), sync state, the event itself, or
 * a sending under way. The screens then ask for what they need, so the feed
 * carries topics, never personal data.
 */
import type { ChangeTopic } from '../../shared/contract.js';

/** Called with the topics that changed. */
export type ChangeListener = (topics: readonly ChangeTopic[]) => void;

/** One kiosk's change feed: every shell's screens listen to it. */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  /** Listens until the returned function is called. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener; one that throws does not keep the others from hearing. */
  publish(...topics: ChangeTopic[]): void {
    for (const listener of this.listeners) {
      try {
        listener(topics);
      } catch (error) {
        console.error(`innsjekk: a change listener failed: ${error instanceof Error ? error.name : 'unknown error'}`);
      }
    }
  }
}
