/**
 * The `::highlight()` rules for one page's highlight names. A rule must name its highlight, and
 * the names are drawn per page load, so the stylesheet is written at run time; the background
 * inserts it into the frame (`scripting.insertCSS`), where, like a manifest's content-script CSS,
 * it is not in the page's `document.styleSheets`.
 *
 * Each type takes its colours from lib/entity-palette.ts: a translucent tint of the type's mark
 * plus a dotted underline in it, readable on light and dark pages alike; the underline alone
 * still tells the term apart where a page's own background swallows the tint, and being dotted
 * and never blue it is not taken for a link.
 */
import { ENTITY_TYPES, type EntityType } from '../corpus-format/corpus-schema';
import { ENTITY_PALETTE, markStyle } from '../entity-palette';
import type { HighlightKey } from './page-names';

const STYLES: Record<HighlightKey, string> = {
  ...(Object.fromEntries(ENTITY_TYPES.map((type) => [type, markStyle(ENTITY_PALETTE[type].mark)])) as Record<EntityType, string>),
  // The mention reached by keyboard, and the brief flash when the side panel reveals one.
  current: 'background-color: rgb(255 200 0 / 0.55); text-decoration: underline 3px rgb(200 120 0);',
  flash: 'background-color: rgb(255 200 0 / 0.75);',
  // Team notes' passages: a line above the text, where no entity highlight draws, and no tint,
  // so an entity's tint and underline stay legible on the same words.
  note: 'text-decoration: overline solid 2px rgb(176 38 127);',
};

/** The stylesheet for `names` (checked with isHighlightNames before they get here). */
export function highlightStyles(names: Record<HighlightKey, string>): string {
  return (Object.keys(STYLES) as HighlightKey[]).map((key) => `::highlight(${names[key]}) { ${STYLES[key]} }`).join('\n');
}
