/**
 * Runs `task` once `delay` ms have passed since the last `poke`. A poke reads
 * the clock and sets no timer: scroll events come at every frame, and
 * clearing and setting a timer each time cost a slow phone half a millisecond
 * of every frame.
 */
export function afterQuiet(delay: number, task: () => void) {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const left = last + delay - performance.now();
    if (left > 0) {
      timer = setTimeout(check, left);
      return;
    }
    timer = undefined;
    task();
  };
  return {
    poke() {
      last = performance.now();
      timer ??= setTimeout(check, delay);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
