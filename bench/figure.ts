/**
 * A bench figure: one named measurement, optionally held against a target.
 */

/** The statistic a target is judged on, and the limit it must stay under. */
export interface Target {
  readonly stat: 'median' | 'p99' | 'max';
  readonly underMs: number;
}

/** What a figure measured: durations in milliseconds, and anything worth saying about them. */
export interface Measurement {
  readonly samples: readonly number[];
  readonly note?: string;
}

/** One line of the bench report. Without a target the figure is informative. */
export interface Figure {
  readonly name: string;
  readonly target?: Target;
  run(): Promise<Measurement>;
}
