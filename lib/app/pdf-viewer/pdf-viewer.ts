/**
 * The PDF viewer: opens a document, draws pages near the viewport, recognises the whole
 * document's text page by page, paints the mentions of drawn pages, opens cards on hover,
 * click and keyboard moves, reveals mentions for the side panel, and reports what it found
 * with page numbers. Browser APIs come in through `ViewerServices`.
 */
import type { EntityType } from '../../shared/corpus-format/corpus-schema';
import type { EntityDetails } from '../../shared/card/entity-details';
import type { Direction, PageEntityCount, RecognizerPayload } from '../../shared/messages';
import type { SliceClock } from '../../shared/slicer';
import { DocumentMentions, type DocumentPoint, type PdfMention } from './document-mentions';
import { scanDocument } from './document-scan';
import { loadRecognizerWorker, type RecognizerClient, type WorkerLike } from './recognizer-client';
import { ViewerHighlights } from './highlights';
import { openPdf, type PdfAssets } from './open-pdf';
import { lacksText, pageText, runPoint, type PageText } from './page-text';
import { PageViews, type RenderedPage } from './page-views';

export interface ViewerServices {
  assets: PdfAssets;
  clock: SliceClock;
  recognizer(): Promise<RecognizerPayload>;
  /** A new recogniser worker (`recognizer-worker.ts`). */
  recognizerWorker(): WorkerLike;
  entity(id: string): Promise<EntityDetails | null>;
  countNotes(id: string): Promise<number | null>;
  openSidePanel(entityId: string, intent: 'view' | 'add-note'): void;
  /** What the document mentions so far, for the badge and the side panel. */
  report(entities: PageEntityCount[]): void;
  highlightTypes(): ReadonlySet<EntityType>;
}

/** What the viewer shows around the pages: status, card, announcements. */
export interface ViewerChrome {
  status(text: string): void;
  showCard(card: OpenCard | undefined): void;
  announce(text: string): void;
}

export interface OpenCard {
  details: EntityDetails;
  notesCount: number | undefined;
  anchor: { top: number; bottom: number; left: number };
  takeFocus: boolean;
}

/** Times in ms since the viewer page's navigation (`performance.now()`), for `npm run bench pdf-viewer` and the tests. */
export interface ViewerMilestones {
  opened?: number;
  firstHighlights?: number;
  scanned?: number;
  longestScanStepMs?: number;
  recognizerBuildMs?: number;
}

interface Painted {
  mention: PdfMention;
  range: StaticRange;
}

const SCALE = 1.3;
const HOVER_MS = 300;
const LEAVE_MS = 400;

export class PdfViewer {
  readonly milestones: ViewerMilestones = {};
  private mentions: DocumentMentions | undefined;
  private recognizer: RecognizerClient | undefined;
  private lastStatus = 0;
  private views: PageViews | undefined;
  private types: Record<string, EntityType> = {};
  private names: Record<string, string> = {};
  private readonly texts = new Map<number, PageText>();
  private readonly painted = new Map<number, Painted[]>();
  private readonly highlights: ViewerHighlights;
  private position: DocumentPoint | undefined;
  private cardFor: string | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private leaveTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerInCard = false;
  private focusBeforeCard: Element | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly services: ViewerServices,
    private readonly chrome: ViewerChrome,
  ) {
    this.highlights = new ViewerHighlights(CSS.highlights);
  }

  async open(source: string | Uint8Array): Promise<void> {
    this.chrome.status('Opening the PDF…');
    const [doc, payload] = await Promise.all([openPdf(source, this.services.assets), this.services.recognizer()]);
    this.types = payload.types;
    this.names = payload.names;
    const built = this.services.clock.now();
    const recognizer = await loadRecognizerWorker(this.services.recognizerWorker(), payload.compiled);
    this.milestones.recognizerBuildMs = this.services.clock.now() - built;
    this.recognizer = recognizer;
    const first = (await doc.getPage(1)).getViewport({ scale: 1 });
    this.mentions = new DocumentMentions(doc.numPages);
    this.views = new PageViews(doc, this.container, SCALE, first, {
      onRendered: (view) => this.onRendered(view),
      onDropped: (page) => this.unpaint(page),
    });
    this.milestones.opened = this.elapsed();
    this.listen();

    let lastReport = 0;
    const report = await scanDocument(
      {
        numPages: doc.numPages,
        pageText: async (page) => {
          const proxy = await doc.getPage(page);
          this.views?.setSize(page, proxy.getViewport({ scale: 1 }));
          return (await proxy.getTextContent()).items;
        },
      },
      (text) => recognizer.find(text),
      this.mentions,
      this.services.clock,
      {
        onPage: (page, text) => {
          this.texts.set(page, text);
          if (this.rendered.has(page)) this.paint(this.rendered.get(page)!);
          const now = this.services.clock.now();
          // The status counts every mention so far: a few times a second is enough.
          if (now - this.lastStatus > 250) {
            this.lastStatus = now;
            this.status();
          }
          if (now - lastReport > 500) {
            lastReport = now;
            this.report();
          }
        },
      },
    );
    this.milestones.longestScanStepMs = report.longestStepMs;
    this.milestones.scanned = this.elapsed();
    this.report();
    this.status();
  }

  /** The side panel's "show the next mention": scrolls there and flashes it; false if there is none. */
  reveal(entityId: string, direction: Direction): boolean {
    const target = this.mentions?.step(this.position, direction, (m) => m.id === entityId && this.shown(m));
    if (!target) return false;
    void this.goTo(target, { flash: true });
    return true;
  }

  /** Keyboard next/previous through every painted kind of mention. */
  async move(direction: Direction): Promise<void> {
    const target = this.mentions?.step(this.position, direction, (m) => this.shown(m));
    if (!target) {
      this.chrome.announce('No highlighted terms in this document.');
      return;
    }
    await this.goTo(target, { card: true });
  }

  private readonly rendered = new Map<number, RenderedPage>();

  private elapsed() {
    return this.services.clock.now();
  }

  private shown(m: PdfMention): boolean {
    const type = this.types[m.id];
    return type !== undefined && this.services.highlightTypes().has(type);
  }

  private status() {
    const mentions = this.mentions!;
    const missing = mentions.pagesWithoutText();
    const parts = [`${mentions.pagesRead} of ${mentions.pageCount} pages read`];
    if (mentions.pagesRead === mentions.pageCount) parts[0] = `${mentions.pageCount} pages read`;
    parts.push(`${mentions.counts((m) => this.shown(m)).length} terms found`);
    if (missing.length > 0) {
      parts.push(`no text on ${missing.length === 1 ? 'page' : 'pages'} ${missing.join(', ')} (scanned images? Attaché cannot read them)`);
    }
    this.chrome.status(parts.join(' · '));
  }

  private report() {
    this.services.report(this.mentions!.counts((m) => this.shown(m)));
  }

  private onRendered(view: RenderedPage) {
    this.rendered.set(view.page, view);
    this.paint(view);
  }

  /** Paints a drawn page's mentions over its text layer. */
  private paint(view: RenderedPage) {
    this.unpaint(view.page, false);
    const scanned = this.texts.get(view.page);
    // Not read yet: the scan paints the page when it gets there.
    if (!scanned) return;
    // The layer is built from the same runs the scan read; should they ever differ, the
    // layer's own text is recognised rather than painting the scan's offsets on other words.
    const own = pageText(view.items);
    if (scanned.text !== own.text) {
      this.texts.set(view.page, own);
      const hasText = !lacksText(own);
      void (hasText ? this.recognizer!.find(own.text) : Promise.resolve([])).then((found) => {
        this.mentions!.setPage(view.page, found, hasText);
        if (this.rendered.get(view.page) === view) this.paint(view);
      });
      return;
    }
    const painted: Painted[] = [];
    for (const mention of this.mentions!.onPage(view.page)) {
      if (!this.shown(mention)) continue;
      const from = runPoint(own, mention.start, 'start');
      const to = runPoint(own, mention.end, 'end');
      const startNode = from && view.runElements[from.run]?.firstChild;
      const endNode = to && view.runElements[to.run]?.firstChild;
      if (!startNode || !endNode) continue;
      const range = new StaticRange({ startContainer: startNode, startOffset: from.offset, endContainer: endNode, endOffset: to.offset });
      painted.push({ mention, range });
      this.highlights.show(this.types[mention.id]!, range);
    }
    this.painted.set(view.page, painted);
    view.textLayer.dataset.mentions = String(painted.length);
    if (painted.length > 0 && this.milestones.firstHighlights === undefined) this.milestones.firstHighlights = this.elapsed();
  }

  private unpaint(page: number, dropped = true) {
    for (const { mention, range } of this.painted.get(page) ?? []) this.highlights.hide(this.types[mention.id]!, range);
    this.painted.delete(page);
    if (dropped) this.rendered.delete(page);
  }

  /** Repaints every drawn page: the highlighted kinds of terms changed. */
  repaint(): void {
    for (const view of this.rendered.values()) this.paint(view);
    this.report();
    this.status();
  }

  private async goTo(target: PdfMention, how: { card?: boolean; flash?: boolean }) {
    this.position = { page: target.page, offset: target.start };
    const view = await this.views!.ensureRendered(target.page);
    if (!view) return;
    const entry = this.painted.get(target.page)?.find((p) => p.mention.start === target.start);
    if (!entry) return;
    const live = liveRange(entry.range);
    const element = entry.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center' });
    this.highlights.mark(how.flash ? 'flash' : 'current', entry.range);
    if (how.flash) setTimeout(() => this.highlights.mark('flash', undefined), 1200);
    const all = this.mentions!.counts((m) => this.shown(m)).find((c) => c.id === target.id);
    const name = this.names[target.id] ?? target.text;
    this.chrome.announce(`${name}, page ${target.page}${all ? `, ${all.count} mentions` : ''}`);
    if (how.card) await this.openCard(target.id, live.getBoundingClientRect(), true);
  }

  private async openCard(entityId: string, rect: DOMRect, takeFocus: boolean) {
    this.cardFor = entityId;
    if (takeFocus) this.focusBeforeCard = this.container.ownerDocument.activeElement;
    const [details, notes] = await Promise.all([this.services.entity(entityId), this.services.countNotes(entityId).catch(() => null)]);
    if (this.cardFor !== entityId || !details) return;
    this.chrome.showCard({
      details,
      notesCount: notes ?? undefined,
      anchor: { top: rect.top, bottom: rect.bottom, left: rect.left },
      takeFocus,
    });
  }

  /** Opens a related entity in the card already shown. */
  async openRelated(entityId: string, anchor: OpenCard['anchor']): Promise<void> {
    this.cardFor = entityId;
    const [details, notes] = await Promise.all([this.services.entity(entityId), this.services.countNotes(entityId).catch(() => null)]);
    if (this.cardFor !== entityId || !details) return;
    this.chrome.showCard({ details, notesCount: notes ?? undefined, anchor, takeFocus: true });
  }

  openSidePanel(entityId: string, intent: 'view' | 'add-note'): void {
    this.services.openSidePanel(entityId, intent);
  }

  closeCard(): void {
    if (this.cardFor === undefined) return;
    this.cardFor = undefined;
    this.pointerInCard = false;
    this.chrome.showCard(undefined);
    this.highlights.mark('current', undefined);
    const back = this.focusBeforeCard;
    this.focusBeforeCard = null;
    if (back instanceof HTMLElement) back.focus();
  }

  pointerInsideCard(inside: boolean): void {
    this.pointerInCard = inside;
    if (inside) clearTimeout(this.leaveTimer);
  }

  /** The painted mention under a point, if any. */
  mentionAt(x: number, y: number): { mention: PdfMention; rect: DOMRect } | undefined {
    const doc = this.container.ownerDocument;
    const caret = doc.caretPositionFromPoint?.(x, y);
    const node = caret?.offsetNode;
    const box = node?.parentElement?.closest<HTMLElement>('.pv-page');
    if (!node || !box) return undefined;
    const painted = this.painted.get(Number(box.dataset.page)) ?? [];
    for (const { mention, range } of painted) {
      const live = liveRange(range);
      for (const rect of live.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { mention, rect };
      }
    }
    return undefined;
  }

  private listen() {
    const doc = this.container.ownerDocument;
    this.container.addEventListener('click', (event) => {
      if (!event.isTrusted || doc.getSelection()?.isCollapsed === false) return;
      const hit = this.mentionAt(event.clientX, event.clientY);
      if (!hit) return;
      this.position = { page: hit.mention.page, offset: hit.mention.start };
      void this.openCard(hit.mention.id, hit.rect, true);
    });
    this.container.addEventListener('pointermove', (event) => {
      if (event.pointerType === 'touch') return;
      clearTimeout(this.hoverTimer);
      const { clientX, clientY } = event;
      this.hoverTimer = setTimeout(() => {
        const hit = this.mentionAt(clientX, clientY);
        if (hit) {
          clearTimeout(this.leaveTimer);
          if (this.cardFor !== hit.mention.id) void this.openCard(hit.mention.id, hit.rect, false);
        } else if (this.cardFor !== undefined && !this.pointerInCard && this.focusBeforeCard === null) {
          this.leaveTimer = setTimeout(() => {
            if (!this.pointerInCard) this.closeCard();
          }, LEAVE_MS);
        }
      }, HOVER_MS);
    });
    doc.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.cardFor !== undefined) {
        event.preventDefault();
        this.closeCard();
        return;
      }
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      if (event.code !== 'KeyN' && event.code !== 'KeyP') return;
      event.preventDefault();
      void this.move(event.code === 'KeyN' ? 'next' : 'previous');
    });
    doc.addEventListener('pointerdown', (event) => {
      const target = event.target as Element | null;
      if (this.cardFor !== undefined && !target?.closest('.pv-card')) {
        const hit = this.mentionAt(event.clientX, event.clientY);
        if (!hit) this.closeCard();
      }
    });
  }
}

function liveRange(range: StaticRange): Range {
  const live = range.startContainer.ownerDocument!.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}
