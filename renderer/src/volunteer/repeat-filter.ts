/**
 * Counting a code once when it comes again at once: some handheld scanners
 * send each code twice, and the camera reads a code in every frame it is in.
 */
import { REPEAT_WINDOW_MS } from '../../../shared/admission.js';

/** Lets a code through unless it is the one last seen, less than the window ago. */
export class RepeatFilter {
  private last: string | null = null;
  private lastSeenAt = Number.NEGATIVE_INFINITY;

  /** True when the code should be checked; every sighting restarts the window, so a code held in front of the camera counts once. */
  accept(code: string, now: number): boolean {
    const repeat = code === this.last && now - this.lastSeenAt < REPEAT_WINDOW_MS;
    this.last = code;
    this.lastSeenAt = now;
    return !repeat;
  }
}
