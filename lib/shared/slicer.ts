/**
 * Runs work in slices of a few milliseconds and gives the main thread back between them, so
 * that reading a long page never blocks input or rendering for long.
 */

export interface SliceClock {
  now(): number;
  /** Resolves once the browser has had a chance to handle input and paint. */
  yieldToMain(): Promise<void>;
}

export const SLICE_BUDGET_MS = 8;

/**
 * `scheduler.yield()` where the browser has it (the continuation keeps its priority); else a
 * message to ourselves, which unlike `setTimeout(0)` is not clamped to 4 ms when nested.
 */
export function browserClock(win: Window & typeof globalThis): SliceClock {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    return { now: () => win.performance.now(), yieldToMain: () => scheduler.yield!() };
  }
  const channel = new win.MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return {
    now: () => win.performance.now(),
    yieldToMain: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      }),
  };
}

export interface SliceReport {
  /** Time spent in steps, not counting the pauses between slices. */
  workMs: number;
  /** The longest slice. */
  longestSliceMs: number;
}

/**
 * Calls `step` (a little work; false once there is none left) until it is done or
 * `cancelled()`, spending at most about `budgetMs` before each yield.
 */
export async function runSliced(
  step: () => boolean,
  clock: SliceClock,
  budgetMs = SLICE_BUDGET_MS,
  cancelled: () => boolean = () => false,
): Promise<SliceReport> {
  const report: SliceReport = { workMs: 0, longestSliceMs: 0 };
  for (;;) {
    const start = clock.now();
    let more = true;
    while (more && clock.now() - start < budgetMs) more = step() && !cancelled();
    const spent = clock.now() - start;
    report.workMs += spent;
    report.longestSliceMs = Math.max(report.longestSliceMs, spent);
    if (!more) return report;
    await clock.yieldToMain();
    if (cancelled()) return report;
  }
}
