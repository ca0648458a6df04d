/**
 * Text folded for tolerant comparison: lower case without accents (`foldUnit`), runs of white space as one space, curly
 * quotes and dashes as their plain forms, invisible characters (soft hyphens, zero-width
 * spaces) gone. Pages change these without changing what they say.
 *
 * `origin[i]` is the offset in the original text of the folded text's i-th character, so a
 * match in the folded text can be mapped back.
 */
import { foldUnit } from '../../shared/fold-unit';

export interface FoldedText {
  text: string;
  origin: number[];
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const SPACE = /\s/;
const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '.',
};

export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (INVISIBLE.test(char)) continue;
    if (SPACE.test(char)) {
      if (!lastWasSpace) {
        folded += ' ';
        origin.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    folded += PLAIN[char] ?? String.fromCharCode(foldUnit(text.charCodeAt(i)));
    origin.push(i);
  }
  return { text: folded, origin };
}

/** The folded form alone, without the offset map; trimmed, for the searched-for side. */
export function foldQuery(text: string): string {
  return foldText(text).text.trim();
}
