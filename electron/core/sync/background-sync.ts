/**
 * Syncing in the background: every few seconds, and right after each scan,
 * one sync at a time. Failures are recorded (the screen shows "offline") and
 * never stop the kiosk.
 */
import type { Core } from '../core.js';
import { syncWithHub, type SyncOutcome } from './sync-client.js';

const DEFAULT_INTERVAL_MS = 3000;
/** Scans in a quick run share one round. */
const NUDGE_DELAY_MS = 150;

/** Runs sync rounds with the hub until stopped. */
export class BackgroundSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  /** Set by stop(), so a round that ends afterwards schedules no other. */
  private stopped = true;

  /** `onRound` hears each round's outcome, or null when it failed. */
  constructor(
    private readonly core: Core,
    private readonly intervalMs: number = DEFAULT_INTERVAL_MS,
    private readonly onRound: (outcome: SyncOutcome | null) => void = () => {},
  ) {}

  /** Starts syncing now and then every interval. */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Asks for a round soon, e.g. after a scan. */
  nudge(): void {
    this.schedule(NUDGE_DELAY_MS);
  }

  /** Stops, waiting for a round under way to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.again = false;
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.round(), delayMs);
    this.timer.unref();
  }

  private round(): void {
    this.timer = undefined;
    this.running = syncWithHub(this.core)
      // The failure is stored with the hub record; the kiosk keeps working.
      .catch(() => null)
      .then((outcome) => this.onRound(outcome))
      .finally(() => {
        this.running = null;
        this.schedule(this.again ? 0 : this.intervalMs);
        this.again = false;
      });
  }
}
