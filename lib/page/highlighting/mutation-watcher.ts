/**
 * Collects DOM mutations and hands them over in batches, after a wait that the change budget
 * sets. Batches never overlap: changes arriving while one is handled wait for the next.
 */
import type { BudgetVerdict, ChangeBudget } from './change-budget';

/** Attributes whose change can show or hide text. */
const VISIBILITY_ATTRIBUTES = ['hidden', 'class', 'style', 'open'];

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: VISIBILITY_ATTRIBUTES,
};

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface WatcherDeps {
  /** The window whose MutationObserver to use. */
  win: { MutationObserver: typeof MutationObserver };
  timers: Timers;
  budget: ChangeBudget;
  /** Handles one batch; resolves with the main-thread time it took. */
  handle(records: MutationRecord[]): Promise<number>;
  /** Told what the budget made of each batch. */
  verdict?(verdict: BudgetVerdict): void;
}

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private timer: unknown;
  private busy = false;
  private stopped = false;

  constructor(private readonly deps: WatcherDeps) {
    this.observer = new deps.win.MutationObserver((records) => this.receive(records));
  }

  /** Watches a subtree: the page's body, and each open shadow root as the reader meets it. */
  observe(root: Node): void {
    this.observer.observe(root, OPTIONS);
  }

  disconnect(): void {
    this.stopped = true;
    this.observer.disconnect();
    if (this.timer !== undefined) this.deps.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = [];
  }

  private receive(records: MutationRecord[]): void {
    if (this.stopped) return;
    this.pending.push(...records);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.busy || this.pending.length === 0) return;
    this.timer = this.deps.timers.setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.deps.budget.delayMs());
  }

  private async flush(): Promise<void> {
    // Records still queued in the observer belong to this batch too.
    const records = [...this.pending, ...this.observer.takeRecords()];
    this.pending = [];
    this.busy = true;
    try {
      const workMs = await this.deps.handle(records);
      if (!this.stopped) this.deps.verdict?.(this.deps.budget.record(this.deps.timers.now(), workMs));
    } finally {
      this.busy = false;
      if (!this.stopped) this.schedule();
    }
  }
}
