/**
 * How long to wait after DOM changes before reading them, adapted to what reading them costs on
 * this page. A page that keeps changing (a live ticker, an infinite feed) and keeps costing
 * reading time gets a longer wait, so changes are batched more; if even the longest wait
 * leaves reading above its share of main-thread time, the page is declared too slow and the
 * user is offered to switch Attaché off there.
 */

export interface BudgetOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  /** The sliding window over which reading time is summed. */
  windowMs: number;
  /** Share of the window that reading may take before the wait grows. */
  maxShare: number;
  /** Consecutive over-budget batches at the longest wait before the page counts as too slow. */
  strikes: number;
}

export const DEFAULT_BUDGET: BudgetOptions = {
  baseDelayMs: 150,
  maxDelayMs: 4000,
  windowMs: 10_000,
  maxShare: 0.1,
  strikes: 3,
};

export type BudgetVerdict = 'ok' | 'backing-off' | 'too-slow';

export class ChangeBudget {
  private readonly spent: { at: number; ms: number }[] = [];
  private delay: number;
  private strikes = 0;

  constructor(private readonly options: BudgetOptions = DEFAULT_BUDGET) {
    this.delay = options.baseDelayMs;
  }

  /** How long to wait after a change before reading. */
  delayMs(): number {
    return this.delay;
  }

  /** Records a batch's reading time at `now` and adapts the wait. */
  record(now: number, workMs: number): BudgetVerdict {
    const { windowMs, maxShare, baseDelayMs, maxDelayMs } = this.options;
    this.spent.push({ at: now, ms: workMs });
    while (this.spent.length > 0 && this.spent[0]!.at < now - windowMs) this.spent.shift();
    const share = this.spent.reduce((sum, s) => sum + s.ms, 0) / windowMs;
    if (share <= maxShare) {
      this.strikes = 0;
      this.delay = Math.max(baseDelayMs, this.delay / 2);
      return 'ok';
    }
    if (this.delay < maxDelayMs) {
      this.delay = Math.min(maxDelayMs, this.delay * 2);
      return 'backing-off';
    }
    this.strikes++;
    return this.strikes >= this.options.strikes ? 'too-slow' : 'backing-off';
  }
}
