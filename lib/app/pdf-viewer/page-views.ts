/**
 * The document's pages as a column of boxes, drawn only near the viewport: a canvas for the
 * page and pdf.js's text layer over it (transparent spans, one per text run, which selection,
 * search and the highlights use). Pages far from view are dropped again, so a 300-page report
 * holds a dozen canvases at most.
 */
import { TextLayer, type PDFDocumentProxy } from 'pdfjs-dist';

export interface RenderedPage {
  page: number;
  /** The layer's span per text run (pdf.js `textDivs`): a run's text node is its first child. */
  runElements: readonly HTMLElement[];
  items: readonly unknown[];
  textLayer: HTMLElement;
}

export interface PageViewHooks {
  onRendered(view: RenderedPage): void;
  onDropped(page: number): void;
}

/** Pages kept drawn at once; the farthest from the last one seen go first. */
const KEEP_RENDERED = 10;

export class PageViews {
  readonly boxes: HTMLElement[] = [];
  private readonly rendered = new Map<number, Promise<RenderedPage | undefined>>();
  private readonly observer: IntersectionObserver;
  private lastSeen = 1;
  /** Bumped when a page is dropped, so a drawing still under way for it is not shown. */
  private readonly generation = new Map<number, number>();
  private readonly doc: PDFDocumentProxy;

  constructor(
    doc: PDFDocumentProxy,
    container: HTMLElement,
    private readonly scale: number,
    firstPageSize: { width: number; height: number },
    private readonly hooks: PageViewHooks,
  ) {
    this.doc = doc;
    for (let page = 1; page <= doc.numPages; page++) {
      const box = container.ownerDocument.createElement('section');
      box.className = 'pv-page';
      box.dataset.page = String(page);
      box.setAttribute('aria-label', `Page ${page}`);
      this.size(box, firstPageSize);
      container.append(box);
      this.boxes.push(box);
    }
    // A screen's height ahead and behind, so pages are drawn before they scroll into view.
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: '100% 0px' });
    for (const box of this.boxes) this.observer.observe(box);
  }

  /** Draws the page if it is not drawn yet; resolves once its text layer is in place. */
  ensureRendered(page: number): Promise<RenderedPage | undefined> {
    let done = this.rendered.get(page);
    if (!done) {
      done = this.render(page).catch((error: unknown) => {
        this.rendered.delete(page);
        console.error(`Attaché: page ${page} not drawn:`, error);
        return undefined;
      });
      this.rendered.set(page, done);
      this.dropFarPages();
    }
    return done;
  }

  /** Gives a page box its real size once pdf.js has read the page. */
  setSize(page: number, size: { width: number; height: number }): void {
    const box = this.boxes[page - 1];
    if (box) this.size(box, size);
  }

  destroy(): void {
    this.observer.disconnect();
  }

  private size(box: HTMLElement, size: { width: number; height: number }) {
    box.style.width = `${Math.floor(size.width * this.scale)}px`;
    box.style.height = `${Math.floor(size.height * this.scale)}px`;
  }

  private onIntersect(entries: IntersectionObserverEntry[]) {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const page = Number((entry.target as HTMLElement).dataset.page);
      this.lastSeen = page;
      void this.ensureRendered(page);
    }
  }

  private async render(pageNumber: number): Promise<RenderedPage | undefined> {
    const generation = this.generation.get(pageNumber) ?? 0;
    const stale = () => (this.generation.get(pageNumber) ?? 0) !== generation;
    const page = await this.doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale: this.scale });
    const box = this.boxes[pageNumber - 1]!;
    const doc = box.ownerDocument;
    const ratio = doc.defaultView?.devicePixelRatio ?? 1;
    box.style.setProperty('--scale-factor', String(this.scale));
    box.style.setProperty('--total-scale-factor', String(this.scale));
    this.size(box, page.getViewport({ scale: 1 }));

    if (stale()) return undefined;
    const canvas = doc.createElement('canvas');
    canvas.className = 'pv-canvas';
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    const textLayer = doc.createElement('div');
    textLayer.className = 'textLayer';
    box.replaceChildren(canvas, textLayer);

    const content = await page.getTextContent();
    const layer = new TextLayer({ textContentSource: content, container: textLayer, viewport });
    await Promise.all([
      page.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      }).promise,
      layer.render(),
    ]);
    if (stale()) return undefined;
    const view: RenderedPage = { page: pageNumber, runElements: layer.textDivs, items: content.items, textLayer };
    this.hooks.onRendered(view);
    return view;
  }

  private dropFarPages() {
    if (this.rendered.size <= KEEP_RENDERED) return;
    const far = [...this.rendered.keys()].sort((a, b) => Math.abs(b - this.lastSeen) - Math.abs(a - this.lastSeen));
    for (const page of far.slice(0, this.rendered.size - KEEP_RENDERED)) {
      this.rendered.delete(page);
      this.generation.set(page, (this.generation.get(page) ?? 0) + 1);
      this.boxes[page - 1]!.replaceChildren();
      this.hooks.onDropped(page);
    }
  }
}
