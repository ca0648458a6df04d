/** Timing helpers shared by bench sections. */

export interface Timing {
  /** Median wall time of the measured runs, in milliseconds. */
  ms: number;
  /**
   * Median CPU time of the process (all its threads) over the same runs. On a machine shared
   * with other work, wall time swings with the load; CPU time of a single-threaded loop much less.
   */
  cpuMs: number;
  runs: number;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns the medians. */
export function time(fn: () => unknown, { warmup = 2, runs = 5 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu), runs };
}

export const MB = 1024 * 1024;

/** Megabytes per second for `chars` UTF-16 units (one byte each for this mostly-ASCII text) in `ms`. */
export function mbPerSecond(chars: number, ms: number): number {
  return chars / MB / (ms / 1000);
}

export function fmt(value: number, digits = 1): string {
  return value.toFixed(digits);
}
