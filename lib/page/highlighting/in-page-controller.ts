/**
 * In-page recognition for one document, free of extension APIs: the content script passes in
 * how to get the recogniser and where to report, so this runs under test in a plain DOM.
 *
 * Lifecycle: `apply(settings)` with an active page starts it: it waits until the page has
 * visible text, asks for the recogniser, reads the body in time slices, then follows DOM changes.
 * Later `apply` calls repaint (types, hidden entities, first mention only), read again (code on or
 * off) or stop and remove every highlight (site or everything switched off).
 */
import type { RecognizerPayload, PageEntityCount } from '../../shared/messages';
import { VisibilityCache, type ElementRules } from '../text';
import type { PageSettings } from '../../shared/settings';
import { HighlightPainter, type HighlightEnvironment } from './highlight-painter';
import { MentionStore, type Bounds, type MentionFilter } from './mention-store';
import type { Timers } from './mutation-watcher';
import type { BudgetOptions } from './change-budget';
import { RecognitionSession } from './recognition-session';
import type { Direction } from '../../shared/messages';
import { MentionNavigator } from './mention-navigator';
import { paintEverywhere, ViewportPainter } from './viewport-painter';
import type { SliceClock } from '../../shared/slicer';

export interface ControllerDeps {
  doc: Document;
  highlights: HighlightEnvironment;
  clock: SliceClock;
  timers: Timers;
  /** The range object a painted mention is given: `new StaticRange(bounds)` in a browser. */
  makeRange(bounds: Bounds): AbstractRange;
  loadRecognizer(): Promise<RecognizerPayload>;
  /** The entities highlighted on the page, after each change settles; [] once stopped. */
  reportMentions(entities: PageEntityCount[]): void;
  /** Once, when the first full read of the page is done. */
  firstScanDone?(): void;
  /** Milestones of starting up, for measurement: the compiled recogniser arrived; it is built. */
  stage?(name: 'recognizer-loaded' | 'recognizer-built'): void;
  /** Scanning the page's changes keeps costing too much, even with the longest wait. */
  tooSlow?(): void;
  /** Characters read per chunk; a chunk is the unit of work between two time checks. */
  chunkSize?: number;
  /** How the wait after DOM changes adapts to their cost (see ChangeBudget). */
  budget?: BudgetOptions;
  /** Says something to screen-reader users (a polite live region). */
  announce?(message: string): void;
  /**
   * The window whose IntersectionObserver limits painting to mentions near the viewport (see
   * ViewportPainter); without it every mention is painted.
   */
  viewport?: { IntersectionObserver: typeof IntersectionObserver; innerHeight: number };
  /** Where a range is on screen; defaults to the bounding rectangle of a live Range. */
  rectOf?(mention: Bounds): { top: number; bottom: number; width: number; height: number };
}

/** A mention the reader moved to: its entity and where it is. */
export interface ReachedMention {
  id: string;
  range: Range;
}

/** How long a revealed mention stays flashed. */
const FLASH_MS = 1500;

const REPORT_DELAY_MS = 300;

function filterOf(settings: PageSettings): MentionFilter {
  return { highlightTypes: settings.highlightTypes, hiddenEntities: settings.hiddenEntities, firstOnly: settings.firstOnly };
}

export class InPageController {
  readonly store: MentionStore;
  readonly painter: HighlightPainter;
  private settings: PageSettings | undefined;
  private readonly rules: ElementRules & { scanCode: boolean } = { scanCode: false, visibility: new VisibilityCache() };
  private session: RecognitionSession | undefined;
  private firstScanReported = false;
  private reportTimer: unknown;
  private flashTimer: unknown;
  // Undefined until the first report: a page read with nothing found reports [] once, which the
  // side panel tells apart from a page not read.
  private lastReport: string | undefined;
  private readonly navigator: MentionNavigator;

  constructor(private readonly deps: ControllerDeps) {
    this.painter = new HighlightPainter(deps.highlights);
    const liveRange = (r: Bounds) => this.liveRange(r);
    const painter = deps.viewport
      ? new ViewportPainter(
          this.painter,
          {
            IntersectionObserver: deps.viewport.IntersectionObserver,
            setTimeout: deps.timers.setTimeout,
            get innerHeight() {
              return deps.viewport!.innerHeight;
            },
          },
          deps.timers.now,
        )
      : paintEverywhere(this.painter);
    const noFilter: MentionFilter = { highlightTypes: new Set(), hiddenEntities: new Set(), firstOnly: false };
    this.store = new MentionStore(painter, noFilter, deps.makeRange, liveRange);
    this.store.onChange(() => this.scheduleReport());
    this.navigator = new MentionNavigator({
      store: this.store,
      rectOf: deps.rectOf ?? ((r) => liveRange(r).getBoundingClientRect()),
      viewportHeight: () => deps.doc.defaultView?.innerHeight ?? 0,
    });
  }

  /**
   * Moves to the next or previous highlighted mention (of one entity, if given), scrolls it
   * into view and announces it. `focus` marks it as the current mention (keyboard); `flash`
   * lights it up for a moment (the side panel's reveal).
   */
  navigate(direction: Direction, how: 'focus' | 'flash', entityId?: string): ReachedMention | undefined {
    const reached = this.navigator.move(direction, entityId);
    if (!reached) {
      this.deps.announce?.(entityId ? 'That term is not highlighted on this page.' : 'No highlighted terms on this page.');
      return undefined;
    }
    const { record, position, total } = reached;
    const range = this.liveRange(record);
    if (how === 'focus') {
      this.painter.mark('current', record.range);
    } else {
      this.painter.mark('flash', record.range);
      if (this.flashTimer !== undefined) this.deps.timers.clearTimeout(this.flashTimer);
      this.flashTimer = this.deps.timers.setTimeout(() => this.painter.mark('flash', undefined), FLASH_MS);
    }
    (range.startContainer.parentElement as HTMLElement | null)?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    const name = this.session?.nameOf(record.id) ?? record.id;
    this.deps.announce?.(`${name}, ${record.type}, ${position} of ${total}`);
    return { id: record.id, range };
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
      this.rules.scanCode = this.scansCode(settings);
      this.session = new RecognitionSession(this.deps, this.rules, this.store, () => this.onFirstScan());
    } else if (previous && this.scansCode(previous) !== this.scansCode(settings)) {
      this.rules.scanCode = this.scansCode(settings);
      this.session.rereadAll();
    }
  }

  /**
   * The recogniser changed (the team glossary was edited): the page is read again with the new
   * one, as when it was switched on.
   */
  reloadRecognizer(): void {
    const settings = this.settings;
    if (!settings?.active || !this.session) return;
    this.session.stop();
    this.session = undefined;
    this.store.clear();
    this.apply(settings);
  }

  /**
   * A text/plain file (statements and minutes are often published so) is shown by the browser
   * as one <pre>: it is all the page has to read, so it is read whatever the code setting.
   */
  private scansCode(settings: PageSettings): boolean {
    return settings.scanCode || this.deps.doc.contentType === 'text/plain';
  }

  /** A live Range over a stored StaticRange: for measuring, scrolling and the card's placement. */
  liveRange(r: Bounds): Range {
    const range = this.deps.doc.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  }

  /** Resolves once the work queued so far is done (for tests and the benchmark). */
  idle(): Promise<void> {
    return this.session?.idle() ?? Promise.resolve();
  }

  private stop(): void {
    if (this.flashTimer !== undefined) this.deps.timers.clearTimeout(this.flashTimer);
    this.session?.stop();
    this.session = undefined;
    this.store.clear();
    this.painter.clear();
  }

  private onFirstScan(): void {
    // A page read again with a new recogniser reports what it finds now.
    this.scheduleReport();
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
