/**
 * The bench report: an aligned table on stdout, a row printed as each figure
 * finishes, and the missed targets summed up at the end.
 */
import type { Figure, Measurement, Target } from './figure.js';
import { summarise, type Summary } from './stats.js';

/** Fewer samples than this make a p99 meaningless; the maximum is shown instead. */
const MIN_SAMPLES_FOR_P99 = 10;
const HEADINGS = ['figure', 'median', 'p99', 'target', 'result', 'note'] as const;
const WIDTHS = { median: 10, p99: 14, target: 14, result: 7 } as const;

/** A duration to three significant digits, in ms below a second and in s above. */
export function formatMs(ms: number): string {
  const [value, unit] = ms >= 1000 ? [ms / 1000, 's'] : [ms, 'ms'];
  return `${Number(value.toPrecision(3))} ${unit}`;
}

function formatTarget(target: Target | undefined): string {
  return target ? `${target.stat} < ${formatMs(target.underMs)}` : 'informative';
}

function meets(target: Target, summary: Summary): boolean {
  return summary[target.stat] < target.underMs;
}

/** The report of one bench run. */
export class ReportTable {
  private readonly nameWidth: number;
  private readonly missed: string[] = [];
  private readonly failed: string[] = [];

  /** Prints the title and the headings, sized for the figures' names. */
  constructor(title: string, figures: readonly Figure[]) {
    this.nameWidth = Math.max(HEADINGS[0].length, ...figures.map((f) => f.name.length)) + 2;
    console.log(`${title}\n`);
    this.line(...HEADINGS);
  }

  /** Prints a figure's row and remembers whether it missed its target. */
  row(figure: Figure, measurement: Measurement): void {
    const s = summarise(measurement.samples);
    const spread = s.count < MIN_SAMPLES_FOR_P99 ? `(max ${formatMs(s.max)})` : formatMs(s.p99);
    const passed = figure.target ? meets(figure.target, s) : undefined;
    if (passed === false) this.missed.push(figure.name);
    const runs = `${s.count.toLocaleString('en-US')} ${s.count === 1 ? 'run' : 'runs'}`;
    const note = [runs, measurement.note].filter((n) => n !== undefined).join(', ');
    this.line(figure.name, formatMs(s.median), spread, formatTarget(figure.target), passed === undefined ? '–' : passed ? 'PASS' : 'FAIL', note);
  }

  /** Prints a figure that could not be measured. */
  error(figure: Figure, error: unknown): void {
    this.failed.push(figure.name);
    const message = error instanceof Error ? error.message : String(error);
    this.line(figure.name, '', '', formatTarget(figure.target), 'ERROR', message);
  }

  /** Prints the missed targets and errors; true when every figure was measured. */
  end(): boolean {
    console.log('');
    if (this.missed.length > 0) console.log(`FAIL: ${this.missed.length} target(s) missed: ${this.missed.join('; ')}`);
    else console.log('All targets met.');
    if (this.failed.length > 0) console.log(`ERROR: ${this.failed.length} figure(s) not measured: ${this.failed.join('; ')}`);
    return this.failed.length === 0;
  }

  private line(name: string, median: string, p99: string, target: string, result: string, note: string): void {
    const cells = [
      name.padEnd(this.nameWidth),
      median.padEnd(WIDTHS.median),
      p99.padEnd(WIDTHS.p99),
      target.padEnd(WIDTHS.target),
      result.padEnd(WIDTHS.result),
      note,
    ];
    console.log(cells.join('').trimEnd());
  }
}
