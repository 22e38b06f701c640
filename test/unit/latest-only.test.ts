import { describe, expect, it } from 'vitest';
import { LatestOnly } from '../../renderer/src/common/use-latest-only.js';

/** A promise settled from outside, so that answers can arrive in any order. */
function pending<T>(): { readonly promise: Promise<T>; readonly resolve: (value: T) => void; readonly reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('LatestOnly', () => {
  it('delivers the latest answer and drops an earlier one that arrives after it', async () => {
    const requests = new LatestOnly();
    const delivered: string[] = [];
    const slow = pending<string>();
    const fast = pending<string>();
    requests.track(slow.promise, (value) => delivered.push(value), () => delivered.push('failed'));
    requests.track(fast.promise, (value) => delivered.push(value), () => delivered.push('failed'));
    fast.resolve('ødeg');
    await fast.promise;
    slow.resolve('ø');
    await slow.promise;
    // One more turn, for the handlers behind the promises.
    await Promise.resolve();
    expect(delivered).toEqual(['ødeg']);
  });

  it('drops the failure of a request a later one replaced, and passes on the latest one’s', async () => {
    const requests = new LatestOnly();
    const failures: unknown[] = [];
    const first = pending<string>();
    const second = pending<string>();
    requests.track(first.promise, () => {}, (error) => failures.push(error));
    requests.track(second.promise, () => {}, (error) => failures.push(error));
    first.reject('stale');
    second.reject('latest');
    await Promise.allSettled([first.promise, second.promise]);
    await Promise.resolve();
    expect(failures).toEqual(['latest']);
  });

  it('delivers an answer at hand at once, and makes the requests before it stale', async () => {
    const requests = new LatestOnly();
    const delivered: string[] = [];
    const remote = pending<string>();
    requests.track(remote.promise, (value) => delivered.push(value), () => {});
    requests.track('here', (value) => delivered.push(value), () => {});
    expect(delivered).toEqual(['here']);
    remote.resolve('from the core');
    await remote.promise;
    await Promise.resolve();
    expect(delivered).toEqual(['here']);
  });

  it('tells a request begun by hand whether it is still the latest', () => {
    const requests = new LatestOnly();
    const first = requests.begin();
    expect(first()).toBe(true);
    const second = requests.begin();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });
});
