/** Timing helpers shared by bench sections. */

export interface Timing {
  /** Median wall time of the measured runs, in milliseconds. */
  ms: number;
  /** Fastest wall time of the measured runs. */
  minMs: number;
  /**
   * Median CPU time of the process (all its threads) over the same runs. On a machine shared
   * with other work, wall time swings with the load; CPU time of a single-threaded loop much less.
   */
  cpuMs: number;
  runs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

class Samples {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];

  measure(fn: () => unknown): void {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    this.wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    this.cpu.push((c.user + c.system) / 1000);
  }

  timing(): Timing {
    return { ms: median(this.wall), minMs: Math.min(...this.wall), cpuMs: median(this.cpu), runs: this.wall.length };
  }
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns the medians. */
export function time(fn: () => unknown, { warmup = 2, runs = 5 } = {}): Timing {
  return timeTogether([fn], { warmup, runs })[0]!;
}

/**
 * Like `time` for several functions, run in turn within each round, so that a spell of load
 * on a shared machine falls on all of them rather than on whichever ran then.
 */
export function timeTogether(fns: (() => unknown)[], { warmup = 2, runs = 5 } = {}): Timing[] {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const samples = fns.map(() => new Samples());
  for (let i = 0; i < runs; i++) fns.forEach((fn, f) => samples[f]!.measure(fn));
  return samples.map((s) => s.timing());
}

export const MB = 1024 * 1024;

/** Megabytes per second for `chars` UTF-16 units (one byte each for this mostly-ASCII text) in `ms`. */
export function mbPerSecond(chars: number, ms: number): number {
  return chars / MB / (ms / 1000);
}

export function fmt(value: number, digits = 1): string {
  return value.toFixed(digits);
}
