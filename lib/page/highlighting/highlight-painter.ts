/**
 * Paints mentions with the CSS Custom Highlight API: one Highlight per entity type, registered
 * under the page's random name for that type (lib/page-names) and styled by the `::highlight()`
 * rules written for those names. The page's DOM is never touched. The registry is shared with
 * the page, so a highlight is in it only while it holds a range. The registry is passed in so
 * tests can supply one where the browser API is missing.
 */
import type { EntityType } from '../../shared/corpus-format/corpus-schema';
import type { HighlightKey } from '../../shared/page-names';

export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): void;
  readonly size: number;
}

export interface HighlightEnvironment {
  /** `CSS.highlights` in a browser. */
  registry: { set(name: string, highlight: never): unknown; delete(name: string): unknown };
  /** `() => new Highlight()` in a browser. */
  createHighlight(): HighlightLike;
  /** The registry name of each highlight. */
  names: Record<HighlightKey, string>;
}

export class HighlightPainter {
  private readonly byKey = new Map<HighlightKey, HighlightLike>();

  constructor(private readonly env: HighlightEnvironment) {}

  show(type: EntityType, range: AbstractRange): void {
    this.highlight(type).add(range);
  }

  hide(type: EntityType, range: AbstractRange): void {
    const highlight = this.byKey.get(type);
    if (!highlight) return;
    highlight.delete(range);
    if (highlight.size === 0) this.unregister(type);
  }

  /** Makes `range` the only one in the highlight `key` ('current', 'flash'); none clears it. */
  mark(key: 'current' | 'flash', range: AbstractRange | undefined): void {
    if (!range) {
      this.unregister(key);
      return;
    }
    const highlight = this.highlight(key);
    highlight.clear();
    highlight.add(range);
  }

  /** Removes every highlight from the registry. */
  clear(): void {
    for (const key of [...this.byKey.keys()]) this.unregister(key);
  }

  private highlight(key: HighlightKey): HighlightLike {
    let highlight = this.byKey.get(key);
    if (!highlight) {
      highlight = this.env.createHighlight();
      this.byKey.set(key, highlight);
      this.env.registry.set(this.env.names[key], highlight as never);
    }
    return highlight;
  }

  private unregister(key: HighlightKey): void {
    const highlight = this.byKey.get(key);
    if (!highlight) return;
    highlight.clear();
    this.byKey.delete(key);
    this.env.registry.delete(this.env.names[key]);
  }
}
