/**
 * The mentions found in a PDF, page by page, in reading order: what the viewer paints on a
 * page when it renders, what keyboard next/previous walks, and what the side panel lists
 * (each entity with its count and the pages it is on).
 */
import type { Mention } from '../../shared/recognizer';
import type { PageEntityCount } from '../../shared/messages';

/** A mention on a page; `page` counts from 1, as readers do. */
export interface PdfMention extends Mention {
  page: number;
}

/** Where a reader is in the document: a page and an offset in its text. */
export interface DocumentPoint {
  page: number;
  offset: number;
}

export class DocumentMentions {
  private readonly pages = new Map<number, PdfMention[]>();
  /** Pages read, and those of them that have no text. */
  private readonly read = new Set<number>();
  private readonly textless = new Set<number>();

  constructor(readonly pageCount: number) {}

  /** Records what a page holds; reading a page again replaces it. */
  setPage(page: number, mentions: readonly Mention[], hasText: boolean): void {
    this.pages.set(page, mentions.map((m) => ({ ...m, page })));
    this.read.add(page);
    if (hasText) this.textless.delete(page);
    else this.textless.add(page);
  }

  onPage(page: number): readonly PdfMention[] {
    return this.pages.get(page) ?? [];
  }

  get pagesRead(): number {
    return this.read.size;
  }

  /** Pages without text (scans), in order. */
  pagesWithoutText(): number[] {
    return [...this.textless].sort((a, b) => a - b);
  }

  /** Every entity found so far, with how often and on which pages, most mentioned first. */
  counts(shown: (mention: PdfMention) => boolean = () => true): PageEntityCount[] {
    const byEntity = new Map<string, { count: number; pages: Set<number> }>();
    for (const page of [...this.pages.keys()].sort((a, b) => a - b)) {
      for (const mention of this.pages.get(page)!) {
        if (!shown(mention)) continue;
        let entry = byEntity.get(mention.id);
        if (!entry) byEntity.set(mention.id, (entry = { count: 0, pages: new Set() }));
        entry.count++;
        entry.pages.add(page);
      }
    }
    return [...byEntity]
      .map(([id, { count, pages }]) => ({ id, count, pages: [...pages] }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  }

  /**
   * The next (or previous) mention after (before) `from`, wrapping around the document;
   * `entityId` limits it to one entity's mentions. Pages not yet read are passed over.
   */
  step(from: DocumentPoint | undefined, direction: 'next' | 'previous', accept: (m: PdfMention) => boolean): PdfMention | undefined {
    const ordered = [...this.pages.keys()].sort((a, b) => a - b).flatMap((page) => this.pages.get(page)!.filter(accept));
    if (ordered.length === 0) return undefined;
    if (!from) return direction === 'next' ? ordered[0] : ordered[ordered.length - 1];
    const after = (m: PdfMention) => m.page > from.page || (m.page === from.page && m.start > from.offset);
    const before = (m: PdfMention) => m.page < from.page || (m.page === from.page && m.start < from.offset);
    if (direction === 'next') return ordered.find(after) ?? ordered[0];
    for (let i = ordered.length - 1; i >= 0; i--) if (before(ordered[i]!)) return ordered[i];
    return ordered[ordered.length - 1];
  }
}
