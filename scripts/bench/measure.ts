/** Timing helpers shared by bench sections. */

export interface Timing {
  /** Median wall time of the measured runs, in milliseconds. */
  ms: number;
  runs: number;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns the median. */
export function time(fn: () => unknown, { warmup = 2, runs = 5 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, runs };
}

export const MB = 1024 * 1024;

/** Megabytes per second for `chars` UTF-16 units (one byte each for this mostly-ASCII text) in `ms`. */
export function mbPerSecond(chars: number, ms: number): number {
  return chars / MB / (ms / 1000);
}

export function fmt(value: number, digits = 1): string {
  return value.toFixed(digits);
}
