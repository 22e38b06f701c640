/**
 * Timing work with the high-resolution clock, after warming it up.
 */

/** How long `work` takes, in milliseconds, and what it returned. */
export function timeSync<T>(work: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/**
 * Times `work` once per input, after running it untimed over the warm-up
 * inputs so the JIT and SQLite's caches are warm. `check` sees each timed
 * result outside the timing, so a wrong answer cannot pass for a fast one.
 */
export function sampleEachSync<I, T>(
  inputs: { readonly warmUp: readonly I[]; readonly timed: readonly I[] },
  work: (input: I) => T,
  check: (result: T, input: I) => void = () => {},
): number[] {
  for (const input of inputs.warmUp) check(work(input), input);
  return inputs.timed.map((input) => {
    const { ms, value } = timeSync(() => work(input));
    check(value, input);
    return ms;
  });
}
