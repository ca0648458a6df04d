import { rewrite, type MappedText } from './mapped-text';

/** "[report](#)" → "report": link remnants of the blog post converted from HTML (002). */
export function dropMarkdownLinks(text: MappedText): MappedText {
  return rewrite(text, /\[([^\]\n]+)\]\([^)\s]*\)/g, (m) => m[1]!);
}

/**
 * "(GGE)2" → "(GGE)", "over time’3." → "over time’.": footnote numbers that the PDF
 * extraction glued to the text. Only after a closing bracket or quote: after a letter, digits
 * belong to the word (ICT4Peace, G20).
 */
export function dropFootnoteMarkers(text: MappedText): MappedText {
  return rewrite(text, /(?<=[)\]’”"'])\d{1,2}(?=[\s.,;:!?]|$)/g, () => '');
}

/** Runs of spaces become one space; no space before a comma or full stop, nor inside brackets. */
export function tidySpaces(text: MappedText): MappedText {
  let out = rewrite(text, /[^\S\n]{2,}|[^\S\n ]/g, () => ' ');
  out = rewrite(out, /(?<=\S) +(?=[,.;:!?](?:\s|$))/g, () => '');
  out = rewrite(out, /(?<=[(\[]) +| +(?=[)\]])/g, () => '');
  return out;
}
