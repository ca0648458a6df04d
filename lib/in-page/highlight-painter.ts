/**
 * Paints mentions with the CSS Custom Highlight API: one Highlight per entity type, registered
 * as `attache-<type>` and styled by `::highlight(attache-<type>)` rules in the stylesheet the
 * extension ships. The page's DOM is never touched. The registry is passed in so tests can
 * supply one where the browser API is missing.
 */
import type { EntityType } from '../corpus-schema';

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
}

export const HIGHLIGHT_PREFIX = 'attache-';

/** Names of the highlights that are not entity types: the focused mention and a brief flash. */
export const CURRENT_HIGHLIGHT = `${HIGHLIGHT_PREFIX}current`;
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}flash`;

export class HighlightPainter {
  private readonly byName = new Map<string, HighlightLike>();

  constructor(private readonly env: HighlightEnvironment) {}

  show(type: EntityType, range: AbstractRange): void {
    this.highlight(`${HIGHLIGHT_PREFIX}${type}`).add(range);
  }

  hide(type: EntityType, range: AbstractRange): void {
    this.byName.get(`${HIGHLIGHT_PREFIX}${type}`)?.delete(range);
  }

  /** Makes `range` the only one in the highlight `name` (CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT); none clears it. */
  mark(name: string, range: AbstractRange | undefined): void {
    const highlight = this.highlight(name);
    highlight.clear();
    if (range) highlight.add(range);
  }

  /** Removes every highlight from the registry. */
  clear(): void {
    for (const [name, highlight] of this.byName) {
      highlight.clear();
      this.env.registry.delete(name);
    }
    this.byName.clear();
  }

  private highlight(name: string): HighlightLike {
    let highlight = this.byName.get(name);
    if (!highlight) {
      highlight = this.env.createHighlight();
      this.byName.set(name, highlight);
      this.env.registry.set(name, highlight as never);
    }
    return highlight;
  }
}
