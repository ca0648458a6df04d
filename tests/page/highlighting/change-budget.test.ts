import { describe, expect, it } from 'vitest';
import { ChangeBudget } from '../../../lib/page/highlighting';

const options = { baseDelayMs: 100, maxDelayMs: 400, windowMs: 1000, maxShare: 0.1, strikes: 2 };

describe('ChangeBudget', () => {
  it('keeps the short wait while scanning stays cheap', () => {
    const budget = new ChangeBudget(options);
    for (let t = 0; t < 5000; t += 200) expect(budget.record(t, 5)).toBe('ok');
    expect(budget.delayMs()).toBe(100);
  });

  it('doubles the wait while scanning takes too much of the window, then calls the page too slow', () => {
    const budget = new ChangeBudget(options);
    expect([0, 100, 200, 300].map((t) => budget.record(t, 60))).toEqual([
      'ok',
      'backing-off',
      'backing-off',
      'backing-off',
    ]);
    expect(budget.delayMs()).toBe(400);
    expect(budget.record(400, 60)).toBe('too-slow');
  });

  it('shortens the wait again once the page calms down', () => {
    const budget = new ChangeBudget(options);
    [0, 100, 200].forEach((t) => budget.record(t, 80));
    expect(budget.delayMs()).toBe(400);
    budget.record(5000, 1);
    budget.record(6000, 1);
    expect(budget.delayMs()).toBe(100);
  });
});
