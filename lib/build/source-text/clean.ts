import { joinLines } from './join-lines';
import { dropFootnoteMarkers, dropMarkdownLinks, tidySpaces } from './inline-artefacts';
import { identity, type MappedText } from './mapped-text';

/**
 * A source document as a reader would quote it: page furniture and footnotes gone, lines and
 * hyphenated words joined, link remnants and footnote markers removed, spaces tidied. Blocks
 * (paragraphs, headings, list entries) are separated by "\n". Every character still knows its
 * offset in the verbatim document.
 */
export function cleanSourceText(raw: string): MappedText {
  let text = joinLines(identity(raw));
  text = dropMarkdownLinks(text);
  text = dropFootnoteMarkers(text);
  text = tidySpaces(text);
  return text;
}
