/**
 * One stretch of recognition on a page, from activation until stopped: waits for visible text,
 * loads the matcher, scans the body, then turns DOM changes into scanning work.
 */
import type { MatcherPayload } from '../messages';
import { hasVisibleText, type ElementRules } from '../page-text';
import { createRecognizer, type Recognizer } from '../recognizer';
import { workFor } from './change-targets';
import type { ControllerDeps } from './in-page-controller';
import type { MentionStore } from './mention-store';
import { MutationWatcher } from './mutation-watcher';
import { PageScanner } from './page-scanner';
import { ScanBudget, type BudgetVerdict } from './scan-budget';

const CHUNK_SIZE = 8192;

interface Matcher {
  recognizer: Recognizer;
  types: MatcherPayload['types'];
  names: MatcherPayload['names'];
}

export class ScanSession {
  private readonly watcher: MutationWatcher;
  private readonly budget: ScanBudget;
  private scanner: PageScanner | undefined;
  private matcher: Matcher | undefined;
  private ready: Promise<void> | undefined;
  /** Until the first full scan is done, its cost is not charged to the page's changes. */
  private scanningAll = false;
  private stopped = false;
  private warned = false;
  private readonly body: HTMLElement;

  constructor(
    private readonly deps: ControllerDeps,
    private readonly rules: ElementRules & { scanCode: boolean },
    private readonly store: MentionStore,
    private readonly firstScanDone: () => void,
  ) {
    const win = deps.doc.defaultView!;
    this.body = deps.doc.body;
    this.budget = new ScanBudget(deps.budget);
    this.watcher = new MutationWatcher({
      win,
      timers: deps.timers,
      budget: this.budget,
      handle: (records) => this.onMutations(records),
      verdict: (v) => this.onVerdict(v),
    });
    this.watcher.observe(this.body);
    // A page without text (an image viewer, an app still loading) costs nothing until text arrives.
    if (hasVisibleText(this.body, rules)) this.start();
  }

  idle(): Promise<void> {
    return (this.ready ?? Promise.resolve()).then(() => this.scanner?.run()).then(() => undefined);
  }

  nameOf(id: string): string | undefined {
    return this.matcher?.names[id];
  }

  stop(): void {
    this.stopped = true;
    this.watcher.disconnect();
    this.scanner?.stop();
  }

  /** Forgets every mention and reads the whole page again (the rules of what to read changed). */
  rescanAll(): void {
    if (!this.matcher) return;
    this.scanner?.stop();
    this.store.clear();
    void this.scanAll(this.matcher);
  }

  private start(): void {
    this.ready ??= (async () => {
      const payload = await this.deps.loadMatcher();
      if (this.stopped) return;
      this.deps.stage?.('matcher-loaded');
      this.matcher = { recognizer: createRecognizer(payload.compiled), types: payload.types, names: payload.names };
      this.deps.stage?.('recognizer-built');
      await this.scanAll(this.matcher);
      if (!this.stopped) this.firstScanDone();
    })();
    this.ready.catch((error: unknown) => console.error('Attaché: recognition did not start:', error));
  }

  private async scanAll(matcher: Matcher): Promise<void> {
    const scanner = this.createScanner(matcher);
    this.scanner = scanner;
    this.scanningAll = true;
    scanner.scan([this.body]);
    await scanner.run();
    if (this.scanner === scanner) this.scanningAll = false;
  }

  private createScanner(matcher: Matcher): PageScanner {
    return new PageScanner({
      recognizer: matcher.recognizer,
      typeOf: (id) => matcher.types[id],
      store: this.store,
      clock: this.deps.clock,
      collect: {
        ...this.rules,
        chunkSize: this.deps.chunkSize ?? CHUNK_SIZE,
        onShadowRoot: (root) => this.watcher.observe(root),
      },
    });
  }

  private async onMutations(records: MutationRecord[]): Promise<number> {
    if (records.some((r) => r.type === 'attributes')) this.rules.visibility.invalidate();
    if (!this.scanner) {
      if (!this.ready && hasVisibleText(this.body, this.rules)) this.start();
      return 0;
    }
    const work = workFor(records, this.rules, (el) => this.rules.visibility.mayReveal(el));
    if (work.removed.length > 0) this.scanner.forget(work.removed);
    for (const run of work.runs) this.scanner.scan(run);
    // While the first scan runs, changes join its queue; their cost is part of that scan's.
    if (this.scanningAll) return 0;
    return (await this.scanner.run()).workMs;
  }

  private onVerdict(verdict: BudgetVerdict): void {
    if (verdict !== 'too-slow' || this.warned) return;
    this.warned = true;
    this.deps.tooSlow?.();
  }
}
