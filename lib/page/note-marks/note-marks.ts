/**
 * Team notes' passages marked in a page: the passages are anchored in the page's text in time
 * slices (`anchorPassages`), and those found are painted as one highlight of their own. It is
 * built only when the reader asks for the marks, so a page with no notes, or whose reader has
 * not asked, pays nothing and sees nothing. Which passage is under a point, and moving through
 * the marks by keyboard, are answered from the anchored offsets.
 */
import type { SliceClock, SliceReport } from '../../shared/slicer';
import { runSliced } from '../../shared/slicer';
import type { NotePassage } from '../../shared/note-passages';
import type { HighlightLike } from '../highlighting/highlight-painter';
import { anchorPassages, type AnchorStrategy } from './anchor-passages';
import { boundsAt, readPageText, type PageText, type TextBounds } from './page-text';

export interface NoteMarksEnvironment {
  doc: Document;
  /** `CSS.highlights` in a browser. */
  registry: { set(name: string, highlight: never): unknown; delete(name: string): unknown };
  createHighlight(): HighlightLike;
  /** This page load's random name for the notes' highlight. */
  name: string;
  makeRange(bounds: TextBounds): AbstractRange;
  clock: SliceClock;
}

export interface MarkedPassage {
  passage: NotePassage;
  strategy: AnchorStrategy;
  range: AbstractRange;
  start: number;
  end: number;
}

export interface NoteMarksState {
  marked: MarkedPassage[];
  /** Passages whose text is no longer on the page. */
  orphaned: NotePassage[];
  /** Main-thread time the last anchoring took, and its longest slice. */
  work: SliceReport;
}

export class NoteMarks {
  private page: PageText | null = null;
  private nodeIndex = new Map<Node, number>();
  private marked: MarkedPassage[] = [];
  private orphaned: NotePassage[] = [];
  private highlight: HighlightLike | null = null;
  private current = -1;
  private generation = 0;
  private work: SliceReport = { workMs: 0, longestSliceMs: 0 };

  constructor(private readonly env: NoteMarksEnvironment) {}

  /** Anchors and paints `passages`, replacing what was shown; resolves once all are placed. */
  async show(passages: readonly NotePassage[]): Promise<NoteMarksState> {
    const generation = ++this.generation;
    const page = readPageText(this.env.doc.body);
    const steps = anchorPassages(page.text, passages.map((p) => ({ key: p.key, quote: p.quote, prefix: p.prefix, suffix: p.suffix })));
    let results: ReturnType<typeof steps.next> | undefined;
    this.work = await runSliced(
      () => {
        results = steps.next();
        return !results.done;
      },
      this.env.clock,
      undefined,
      () => generation !== this.generation,
    );
    if (generation !== this.generation || !results?.done) return this.state();

    const byKey = new Map(passages.map((p) => [p.key, p]));
    const marked: MarkedPassage[] = [];
    const orphaned: NotePassage[] = [];
    for (const result of results.value) {
      const passage = byKey.get(result.key)!;
      const bounds = result.state === 'anchored' ? boundsAt(page, result.start, result.end) : null;
      if (result.state === 'orphaned' || bounds === null) {
        orphaned.push(passage);
        continue;
      }
      marked.push({ passage, strategy: result.strategy, range: this.env.makeRange(bounds), start: result.start, end: result.end });
    }
    marked.sort((a, b) => a.start - b.start);
    this.page = page;
    this.nodeIndex = new Map(page.nodes.map((node, i) => [node, i]));
    this.marked = marked;
    this.orphaned = orphaned;
    this.current = -1;
    this.paint();
    return this.state();
  }

  /** Removes every mark; the registry no longer holds the notes' highlight. */
  hide(): void {
    this.generation += 1;
    this.marked = [];
    this.orphaned = [];
    this.page = null;
    this.nodeIndex.clear();
    this.current = -1;
    this.paint();
  }

  get shown(): boolean {
    return this.page !== null;
  }

  state(): NoteMarksState {
    return { marked: [...this.marked], orphaned: [...this.orphaned], work: this.work };
  }

  /** The marked passage at a text position (a caret or a range boundary), if any. */
  at(node: Node, offset: number): MarkedPassage | undefined {
    const index = this.nodeIndex.get(node);
    if (index === undefined || this.page === null) return undefined;
    const at = this.page.starts[index]! + offset;
    return this.marked.find((mark) => mark.start <= at && at < mark.end);
  }

  /** The next (or previous) marked passage after the last one reached, wrapping around. */
  step(direction: 'next' | 'previous'): MarkedPassage | undefined {
    if (this.marked.length === 0) return undefined;
    const n = this.marked.length;
    this.current = direction === 'next' ? (this.current + 1) % n : (this.current - 1 + n) % n;
    return this.marked[this.current];
  }

  private paint(): void {
    if (this.marked.length === 0) {
      if (this.highlight) {
        this.highlight.clear();
        this.env.registry.delete(this.env.name);
        this.highlight = null;
      }
      return;
    }
    this.highlight ??= this.env.createHighlight();
    this.highlight.clear();
    for (const mark of this.marked) this.highlight.add(mark.range);
    this.env.registry.set(this.env.name, this.highlight as never);
  }
}
