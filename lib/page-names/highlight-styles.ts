/**
 * The `::highlight()` rules for one page's highlight names. A rule must name its highlight, and
 * the names are drawn per page load, so the stylesheet is written at run time; the background
 * inserts it into the frame (`scripting.insertCSS`), where, like a manifest's content-script CSS,
 * it is not in the page's `document.styleSheets`.
 *
 * Each type has a hue; a translucent background plus an underline in the same hue stays
 * readable on light and dark pages alike, and the underline alone still tells the term apart
 * where a page's own background colours would swallow the tint.
 */
import type { HighlightKey } from './page-names';

const STYLES: Record<HighlightKey, string> = {
  organization: 'background-color: rgb(56 132 255 / 0.16); text-decoration: underline 2px rgb(56 132 255 / 0.85);',
  person: 'background-color: rgb(230 120 30 / 0.16); text-decoration: underline 2px rgb(230 120 30 / 0.85);',
  instrument: 'background-color: rgb(150 90 220 / 0.16); text-decoration: underline 2px rgb(150 90 220 / 0.85);',
  concept: 'background-color: rgb(20 160 130 / 0.16); text-decoration: underline 2px rgb(20 160 130 / 0.85);',
  event: 'background-color: rgb(220 60 110 / 0.16); text-decoration: underline 2px rgb(220 60 110 / 0.85);',
  process: 'background-color: rgb(200 160 0 / 0.18); text-decoration: underline 2px rgb(200 160 0 / 0.9);',
  country: 'background-color: rgb(120 130 150 / 0.16); text-decoration: underline 2px rgb(120 130 150 / 0.85);',
  // The mention reached by keyboard, and the brief flash when the side panel reveals one.
  current: 'background-color: rgb(255 200 0 / 0.55); text-decoration: underline 3px rgb(200 120 0);',
  flash: 'background-color: rgb(255 200 0 / 0.75);',
};

/** The stylesheet for `names` (checked with isHighlightNames before they get here). */
export function highlightStyles(names: Record<HighlightKey, string>): string {
  return (Object.keys(STYLES) as HighlightKey[]).map((key) => `::highlight(${names[key]}) { ${STYLES[key]} }`).join('\n');
}
