import { describe, expect, it } from 'vitest';
import { whenIdle, type IdleScheduler } from '../../../entrypoints/in-page/when-idle';

/** A window whose idle callbacks, tasks and timers are queued until the test runs them. */
function fakeWindow(withPostTask: boolean) {
  const queued: { kind: string; priority?: string; run: () => void }[] = [];
  const win: IdleScheduler = {
    requestIdleCallback: (run) => void queued.push({ kind: 'idle', run }),
    setTimeout: (run) => void queued.push({ kind: 'timeout', run }),
    ...(withPostTask
      ? { scheduler: { postTask: (run: () => void, { priority }: { priority: string }) => (queued.push({ kind: 'task', priority, run }), Promise.resolve()) } }
      : {}),
  };
  const runNext = () => queued.shift()!.run();
  return { win, queued, runNext };
}

describe('whenIdle', () => {
  it('waits for an idle period, then runs the work in a task of its own at user-visible priority', () => {
    const { win, queued, runNext } = fakeWindow(true);
    let ran = 0;
    whenIdle(win, () => ran++);
    expect(queued.map((q) => q.kind)).toEqual(['idle']);
    runNext();
    // Not inside the idle callback, whose background priority the work would inherit.
    expect(ran).toBe(0);
    expect(queued.map((q) => [q.kind, q.priority])).toEqual([['task', 'user-visible']]);
    runNext();
    expect(ran).toBe(1);
  });

  it('falls back to a timer where the browser has no task scheduler', () => {
    const { win, queued, runNext } = fakeWindow(false);
    let ran = 0;
    whenIdle(win, () => ran++);
    runNext();
    expect(ran).toBe(0);
    expect(queued.map((q) => q.kind)).toEqual(['timeout']);
    runNext();
    expect(ran).toBe(1);
  });
});
