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
  origin: Int32Array;
}

const SPACE = /\s/;
const PLAIN: Record<number, number> = {
  0x2018: 0x27,
  0x2019: 0x27,
  0x201a: 0x27,
  0x201b: 0x27,
  0x2032: 0x27,
  0x201c: 0x22,
  0x201d: 0x22,
  0x201e: 0x22,
  0x2033: 0x22,
  0x00ab: 0x22,
  0x00bb: 0x22,
  0x2010: 0x2d,
  0x2011: 0x2d,
  0x2012: 0x2d,
  0x2013: 0x2d,
  0x2014: 0x2d,
  0x2212: 0x2d,
  0x2026: 0x2e,
};

const isInvisible = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
const isSpace = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c > 0x7f && SPACE.test(String.fromCharCode(c)));

const UTF16 = new TextDecoder('utf-16le');

/** Characters folded per step of `foldTextInSteps`: a few milliseconds of work. */
export const FOLD_STEP = 1 << 16;

/**
 * `foldText` a piece at a time, for a long page: yields after every `FOLD_STEP` characters so
 * that the caller can give the main thread back.
 */
export function* foldTextInSteps(text: string): Generator<void, FoldedText> {
  const codes = new Uint16Array(text.length);
  const origin = new Int32Array(text.length);
  let length = 0;
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    if (i % FOLD_STEP === FOLD_STEP - 1) yield;
    const c = text.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      if (!lastWasSpace) {
        codes[length] = 0x20;
        origin[length] = i;
        length += 1;
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    codes[length] = PLAIN[c] ?? foldUnit(c);
    origin[length] = i;
    length += 1;
  }
  yield;
  // One decode rather than String.fromCharCode over a spread array: 1 MB took 80 ms that way.
  // A lone surrogate becomes U+FFFD, one code unit for one, so offsets hold.
  const folded = UTF16.decode(codes.subarray(0, length));
  return { text: folded, origin: origin.subarray(0, length) };
}

export function foldText(text: string): FoldedText {
  const steps = foldTextInSteps(text);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The folded form alone, without the offset map; trimmed, for the searched-for side. */
export function foldQuery(text: string): string {
  return foldText(text).text.trim();
}
