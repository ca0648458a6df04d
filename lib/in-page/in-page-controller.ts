/**
 * In-page recognition for one document, free of extension APIs: the content script passes in
 * how to get the matcher and where to report, so this runs under test in a plain DOM.
 *
 * Lifecycle: `apply(settings)` with an active page starts it: it waits until the page has
 * visible text, asks for the matcher, scans the body in time slices, then follows DOM changes.
 * Later `apply` calls repaint (types, hidden entities, first mention only), rescan (code on or
 * off) or stop and remove every highlight (site or everything switched off).
 */
import type { MatcherPayload, PageEntityCount } from '../messages';
import { hasVisibleText, VisibilityCache, type DomPoint, type ElementRules } from '../page-text';
import type { PageSettings } from '../settings';
import { createRecognizer, type Recognizer } from '../recognizer';
import { workFor } from './change-targets';
import { HighlightPainter, type HighlightEnvironment } from './highlight-painter';
import { MentionStore, type MentionFilter } from './mention-store';
import { MutationWatcher, type Timers } from './mutation-watcher';
import { PageScanner } from './page-scanner';
import { ScanBudget, type BudgetVerdict } from './scan-budget';
import type { SliceClock } from './slicer';

export interface ControllerDeps {
  doc: Document;
  highlights: HighlightEnvironment;
  clock: SliceClock;
  timers: Timers;
  makeRange(start: DomPoint, end: DomPoint): AbstractRange;
  loadMatcher(): Promise<MatcherPayload>;
  /** The entities highlighted on the page, after each change settles; [] once stopped. */
  reportMentions(entities: PageEntityCount[]): void;
  /** Once, when the first full scan of the page is done. */
  firstScanDone?(): void;
  /** Scanning the page's changes keeps costing too much, even with the longest wait. */
  tooSlow?(): void;
  /** Characters read per chunk; a chunk is the unit of work between two time checks. */
  chunkSize?: number;
}

const REPORT_DELAY_MS = 300;
const CHUNK_SIZE = 8192;

function filterOf(settings: PageSettings): MentionFilter {
  return { highlightTypes: settings.highlightTypes, hiddenEntities: settings.hiddenEntities, firstOnly: settings.firstOnly };
}

export class InPageController {
  readonly store: MentionStore;
  readonly painter: HighlightPainter;
  private settings: PageSettings | undefined;
  private readonly rules: ElementRules & { scanCode: boolean } = { scanCode: false, visibility: new VisibilityCache() };
  private session: Session | undefined;
  private firstScanReported = false;
  private reportTimer: unknown;
  private lastReport = '[]';

  constructor(private readonly deps: ControllerDeps) {
    this.painter = new HighlightPainter(deps.highlights);
    this.store = new MentionStore(this.painter, { highlightTypes: new Set(), hiddenEntities: new Set(), firstOnly: false }, (r) => {
      const range = deps.doc.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    });
    this.store.onChange(() => this.scheduleReport());
  }

  apply(settings: PageSettings): void {
    const previous = this.settings;
    this.settings = settings;
    if (!settings.active) {
      this.stop();
      return;
    }
    this.store.setFilter(filterOf(settings));
    if (!this.session) {
      this.rules.scanCode = settings.scanCode;
      this.session = new Session(this.deps, this.rules, this.store, () => this.onFirstScan());
    } else if (previous && previous.scanCode !== settings.scanCode) {
      this.rules.scanCode = settings.scanCode;
      this.session.rescanAll();
    }
  }

  /** Resolves once the work queued so far is done (for tests and the benchmark). */
  idle(): Promise<void> {
    return this.session?.idle() ?? Promise.resolve();
  }

  private stop(): void {
    this.session?.stop();
    this.session = undefined;
    this.store.clear();
    this.painter.clear();
  }

  private onFirstScan(): void {
    if (this.firstScanReported) return;
    this.firstScanReported = true;
    this.deps.firstScanDone?.();
  }

  private scheduleReport(): void {
    if (this.reportTimer !== undefined) return;
    this.reportTimer = this.deps.timers.setTimeout(() => {
      this.reportTimer = undefined;
      const counts = this.store.counts();
      const key = JSON.stringify(counts);
      if (key === this.lastReport) return;
      this.lastReport = key;
      this.deps.reportMentions(counts);
    }, REPORT_DELAY_MS);
  }
}

interface Matcher {
  recognizer: Recognizer;
  types: MatcherPayload['types'];
}

/** One stretch of recognition on the page, from activation until stopped. */
class Session {
  private readonly watcher: MutationWatcher;
  private readonly budget = new ScanBudget();
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
      this.matcher = { recognizer: createRecognizer(payload.compiled), types: payload.types };
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
      makeRange: this.deps.makeRange,
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
