/**
 * Runs `run` once the page is idle, at normal priority. A requestIdleCallback callback runs at
 * background priority, and in Chromium everything it starts inherits that priority: the
 * continuations of its promises and each `scheduler.yield()` of the reading loop, so on a busy
 * page every slice of the scan waited behind all other work. Waiting for idleness is only
 * about when to begin; the work itself is posted as a task of its own at `user-visible`
 * priority, which its slices then keep.
 */
export interface IdleScheduler {
  requestIdleCallback?(callback: () => void, options?: { timeout: number }): unknown;
  scheduler?: { postTask?(callback: () => void, options: { priority: 'user-visible' }): Promise<unknown> };
  setTimeout(callback: () => void, ms: number): unknown;
}

/** How long a page may stay busy before the scan begins anyway. */
const IDLE_TIMEOUT_MS = 2000;

export function whenIdle(win: IdleScheduler, run: () => void): void {
  const begin = () => {
    const postTask = win.scheduler?.postTask;
    if (typeof postTask === 'function') void postTask.call(win.scheduler, run, { priority: 'user-visible' });
    else win.setTimeout(run, 0);
  };
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(begin, { timeout: IDLE_TIMEOUT_MS });
  else win.setTimeout(begin, 200);
}
