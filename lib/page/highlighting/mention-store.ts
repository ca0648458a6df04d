/**
 * Every mention found on the page, indexed by text node (to drop them when their text changes
 * or goes, and to hit-test the pointer) and by entity (for counts and for "first mention
 * only"). Which mentions are painted follows the filter; changing the filter repaints without
 * reading the page again.
 */
import type { EntityType } from '../../shared/corpus-format/corpus-schema';
import type { MentionHit, MentionIndex } from '../card-trigger';
import type { PageEntityCount } from '../../shared/messages';
import type { MentionPainter } from './viewport-painter';

/** Where a mention is: the boundary points of a range, without the range object. */
export interface Bounds {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
}

export interface MentionRecord extends Bounds {
  readonly id: string;
  readonly type: EntityType;
  /** The range to paint, made on first use: most mentions of a long page are never painted. */
  readonly range: AbstractRange;
  /** The text nodes the range runs through, first to last. */
  readonly nodes: readonly Text[];
  shown: boolean;
}

/**
 * A mention as stored. The range object is made only when the mention is painted: a long
 * page has a hundred thousand mentions, and as many StaticRange objects would be DOM wrappers
 * for the garbage collector to trace, for nothing when only those near the viewport are shown.
 */
class Mention implements MentionRecord {
  shown = false;
  private made: AbstractRange | undefined;

  constructor(
    readonly id: string,
    readonly type: EntityType,
    bounds: Bounds,
    readonly nodes: readonly Text[],
    private readonly makeRange: (bounds: Bounds) => AbstractRange,
  ) {
    this.startContainer = bounds.startContainer;
    this.startOffset = bounds.startOffset;
    this.endContainer = bounds.endContainer;
    this.endOffset = bounds.endOffset;
  }

  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;

  get range(): AbstractRange {
    return (this.made ??= this.makeRange(this));
  }
}

export interface MentionFilter {
  highlightTypes: ReadonlySet<EntityType>;
  hiddenEntities: ReadonlySet<string>;
  /** Paint only the first mention found of each entity. */
  firstOnly: boolean;
}

export class MentionStore implements MentionIndex {
  private readonly byNode = new Map<Text, MentionRecord[]>();
  /** Insertion order: the page's order for the first read, then the order content arrived in. */
  private readonly byEntity = new Map<string, Set<MentionRecord>>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly painter: MentionPainter,
    private filter: MentionFilter,
    /** The range a painted mention is given (a StaticRange in a browser). */
    private readonly makeRange: (bounds: Bounds) => AbstractRange,
    /** A live Range over a mention, for callers that measure or scroll to it. */
    private readonly liveRange: (bounds: Bounds) => Range,
  ) {}

  add(id: string, type: EntityType, bounds: Bounds, nodes: readonly Text[]): void {
    const record = new Mention(id, type, bounds, nodes, this.makeRange);
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(record);
      else this.byNode.set(node, [record]);
    }
    let records = this.byEntity.get(id);
    if (!records) this.byEntity.set(id, (records = new Set()));
    records.add(record);
    if (this.eligible(record) && (!this.filter.firstOnly || records.size === 1)) this.setShown(record, true);
    this.changed();
  }

  /** Forgets every mention that runs through one of `nodes`. */
  removeNodes(nodes: Iterable<Text>): void {
    let removed = false;
    for (const node of nodes) {
      const records = this.byNode.get(node);
      if (!records) continue;
      for (const record of [...records]) this.remove(record);
      removed = true;
    }
    if (removed) this.changed();
  }

  clear(): void {
    for (const records of this.byEntity.values()) for (const r of records) if (r.shown) this.setShown(r, false);
    this.byNode.clear();
    this.byEntity.clear();
    this.changed();
  }

  setFilter(filter: MentionFilter): void {
    this.filter = filter;
    for (const records of this.byEntity.values()) {
      let first = true;
      for (const record of records) {
        const show = this.eligible(record) && (!filter.firstOnly || first);
        first = false;
        if (show !== record.shown) this.setShown(record, show);
      }
    }
    this.changed();
  }

  at(node: Node, offset: number): MentionHit | undefined {
    const records = this.byNode.get(node as Text);
    const record = records?.find((r) => r.shown && contains(r, node, offset));
    return record && { id: record.id, range: this.liveRange(record) };
  }

  /** The painted mentions, in the store's order. */
  shown(): MentionRecord[] {
    const out: MentionRecord[] = [];
    for (const records of this.byEntity.values()) for (const r of records) if (r.shown) out.push(r);
    return out;
  }

  /** Mentions per entity the filter lets through, whether painted or not ("first only" still counts all). */
  counts(): PageEntityCount[] {
    const out: PageEntityCount[] = [];
    for (const [id, records] of this.byEntity) {
      const first = records.values().next().value;
      if (first && this.eligible(first)) out.push({ id, count: records.size, form: formOf(first) });
    }
    return out;
  }

  /** Called after every change, synchronously; listeners debounce for themselves. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private remove(record: MentionRecord): void {
    for (const node of record.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const rest = list.filter((r) => r !== record);
      if (rest.length > 0) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
    const records = this.byEntity.get(record.id);
    records?.delete(record);
    if (records?.size === 0) this.byEntity.delete(record.id);
    if (!record.shown) return;
    this.setShown(record, false);
    // In "first only" mode the next mention of the entity takes the place of the one gone.
    const next = this.filter.firstOnly ? records?.values().next().value : undefined;
    if (next) this.setShown(next, true);
  }

  private eligible(record: MentionRecord): boolean {
    return this.filter.highlightTypes.has(record.type) && !this.filter.hiddenEntities.has(record.id);
  }

  private setShown(record: MentionRecord, shown: boolean): void {
    record.shown = shown;
    if (shown) this.painter.show(record);
    else this.painter.hide(record);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

function contains(record: MentionRecord, node: Node, offset: number): boolean {
  if (node === record.startContainer && offset < record.startOffset) return false;
  if (node === record.endContainer && offset >= record.endOffset) return false;
  return true;
}

/** The words of a mention as the page writes them ("UN GGE"), for the side panel's rows. */
function formOf(record: MentionRecord): string {
  const { nodes, startOffset, endOffset } = record;
  const raw = nodes
    .map((node, i) => (node.data ?? '').slice(i === 0 ? startOffset : 0, i === nodes.length - 1 ? endOffset : undefined))
    .join('');
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_FORM_LENGTH);
}

const MAX_FORM_LENGTH = 120;
