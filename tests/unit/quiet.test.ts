/** afterQuiet: a task that waits for a pause in a stream of pokes (scroll events). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterQuiet } from '../../src/lib/quiet.ts';

describe('afterQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, the delay after the last of a stream of pokes', () => {
    const task = vi.fn();
    const quiet = afterQuiet(200, task);
    // A poke every frame for a second: the task waits.
    for (let t = 0; t < 1000; t += 16) {
      quiet.poke();
      vi.advanceTimersByTime(16);
    }
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(199 - 16);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('keeps a single timer however often it is poked', () => {
    const quiet = afterQuiet(200, () => {});
    for (let i = 0; i < 50; i++) quiet.poke();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('runs again after a later poke, and never once cancelled', () => {
    const task = vi.fn();
    const quiet = afterQuiet(200, task);
    quiet.poke();
    vi.advanceTimersByTime(250);
    quiet.poke();
    vi.advanceTimersByTime(250);
    expect(task).toHaveBeenCalledTimes(2);
    quiet.poke();
    quiet.cancel();
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
