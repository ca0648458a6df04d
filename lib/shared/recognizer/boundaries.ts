/**
 * Tests on the original text around a match the automaton found. The automaton already makes
 * every match begin at the start of a word; these decide where it may end, whether it sits in
 * an e-mail address or URL, and whether an acronym's case agrees.
 */

import { PatternFlags } from './types';
import { Kind, kindTable } from './char-classes';

const kind = kindTable();
const WORD = Kind.word;

const S = 0x73;
const E = 0x65;
const FOOTNOTE_DIGITS = 3;

function isWordAt(text: string, i: number): boolean {
  return i < text.length && kind[text.charCodeAt(i)] === WORD;
}

function isBlank(unit: number): boolean {
  const k = kind[unit];
  return k === Kind.space || k === Kind.newline;
}

function isLowerOrDigit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || isDigit(unit);
}

function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

/**
 * Where a mention whose form ends at `e` really ends, or −1 if it runs on into a longer word
 * ("UN" in "UNASUR"). A plural "s"/"es" belongs to the mention ("CBMs", "measures"); footnote
 * digits stuck to a word in PDF text ("Convention3") do not, but do not block it either.
 */
export function mentionEnd(text: string, e: number, flags: number): number {
  if (!isWordAt(text, e)) return e;
  if (!(flags & PatternFlags.plural)) {
    let q = -1;
    if (text.charCodeAt(e) === S) q = e + 1;
    else if (flags & PatternFlags.pluralEs && text.charCodeAt(e) === E && text.charCodeAt(e + 1) === S) q = e + 2;
    if (q > 0 && (!isWordAt(text, q) || footnoteFollows(text, q, flags))) return q;
  }
  return footnoteFollows(text, e, flags) ? e : -1;
}

function footnoteFollows(text: string, at: number, flags: number): boolean {
  if (!(flags & PatternFlags.footnote)) return false;
  let i = at;
  while (i < text.length && i - at <= FOOTNOTE_DIGITS && isDigit(text.charCodeAt(i))) i++;
  return i > at && i - at <= FOOTNOTE_DIGITS && !isWordAt(text, i);
}

const TOKEN_LIMIT = 256;
const AT = 0x40;
const DOT = 0x2e;
const SLASH = 0x2f;
const COLON = 0x3a;
const W = 0x77;

/** For the address test: 1 blank (ends a token), 2 "@" or ":" (may make it an address), 0 anything else. */
const addressMark = (() => {
  const t = new Uint8Array(0x10000);
  for (let unit = 0; unit < t.length; unit++) if (isBlank(unit)) t[unit] = 1;
  t[AT] = t[COLON] = 2;
  return t;
})();

/** Whether [start, end) lies in an e-mail address ("x@itu.int") or a URL ("https://www.icann.org/…"). */
export function insideAddress(text: string, start: number, end: number): boolean {
  // One read of the token around the mention finds its ends and whether an "@" or ":" is in it;
  // only then is it searched for the address itself.
  let marked = 0;
  let a = start;
  for (let mark = 0; a > 0 && start - a < TOKEN_LIMIT && (mark = addressMark[text.charCodeAt(a - 1)]!) !== 1; a--) marked |= mark;
  for (let i = start; i < end; i++) marked |= addressMark[text.charCodeAt(i)]!;
  let b = end;
  for (let mark = 0; b < text.length && b - end < TOKEN_LIMIT && (mark = addressMark[text.charCodeAt(b)]!) !== 1; b++) marked |= mark;
  if (marked & 2) {
    for (let i = a; i < b; i++) {
      const unit = text.charCodeAt(i);
      if (unit === AT) return true;
      if (unit === COLON && text.charCodeAt(i + 1) === SLASH && text.charCodeAt(i + 2) === SLASH) return true;
    }
  }
  if (startsWithWww(text, a, b)) return true;
  // A dot between a word and a lowercase letter or digit is in a host name ("itu.int",
  // "www.icann.org"); before a capital it is a sentence end that lost its space.
  if (text.charCodeAt(end) === DOT && isLowerOrDigit(text.charCodeAt(end + 1))) return true;
  if (start >= 2 && text.charCodeAt(start - 1) === DOT && isLowerOrDigit(text.charCodeAt(start - 2))) return true;
  return false;
}

/** Whether the letters and digits of text[start, end) are exactly `key`, case included. */
export function caseAgrees(text: string, start: number, end: number, key: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (kind[unit] !== WORD) continue;
    if (k >= key.length || key.charCodeAt(k) !== unit) return false;
    k++;
  }
  return k === key.length;
}

/** "www." at the start of the token [a, b), after any opening brackets or quotes. */
function startsWithWww(text: string, a: number, b: number): boolean {
  let i = a;
  while (i < b && kind[text.charCodeAt(i)] !== WORD) i++;
  if (b - i < 4 || text.charCodeAt(i + 3) !== DOT) return false;
  for (let j = i; j < i + 3; j++) if ((text.charCodeAt(j) | 0x20) !== W) return false;
  return true;
}
