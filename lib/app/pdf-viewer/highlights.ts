/**
 * The viewer's highlights: one CSS Highlight per entity type plus the mention reached by
 * keyboard and the side panel's flash, styled by the same `::highlight()` rules as on web pages
 * (colours from lib/shared/entity-palette.ts). The viewer is the extension's own page, so the
 * names need not be hidden from anyone; they are fixed.
 */
import type { EntityType } from '../../shared/corpus-format/corpus-schema';
import { HIGHLIGHT_KEYS, highlightStyles, type HighlightKey } from '../../shared/page-names';

export const VIEWER_HIGHLIGHT_NAMES = Object.fromEntries(
  HIGHLIGHT_KEYS.map((key) => [key, `attache-pdf-${key}`]),
) as Record<HighlightKey, string>;

export const viewerHighlightStyles = (): string => highlightStyles(VIEWER_HIGHLIGHT_NAMES);

export class ViewerHighlights {
  private readonly byKey = new Map<HighlightKey, Highlight>();

  constructor(private readonly registry: HighlightRegistry) {}

  show(type: EntityType, range: AbstractRange): void {
    this.highlight(type).add(range);
  }

  hide(type: EntityType, range: AbstractRange): void {
    this.byKey.get(type)?.delete(range);
  }

  /** Makes `range` the only one of 'current' or 'flash'; undefined clears it. */
  mark(key: 'current' | 'flash', range: AbstractRange | undefined): void {
    const highlight = this.highlight(key);
    highlight.clear();
    if (range) highlight.add(range);
  }

  private highlight(key: HighlightKey): Highlight {
    let highlight = this.byKey.get(key);
    if (!highlight) {
      highlight = new Highlight();
      // The keyboard's and the flash's marks are drawn over the type's tint.
      if (key === 'current' || key === 'flash') highlight.priority = 1;
      this.byKey.set(key, highlight);
      this.registry.set(VIEWER_HIGHLIGHT_NAMES[key], highlight);
    }
    return highlight;
  }
}
