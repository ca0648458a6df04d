/**
 * Character folding shared by the compiler (for forms) and the linear pass (for page text). Both
 * sides reduce text to the same symbol stream, so a form matches wherever the text differs only
 * in case, accents, whitespace, line breaks, hyphenation or typographic punctuation.
 *
 * The stream: every word starts with the BOUNDARY symbol, so a form can only begin at the start
 * of a word; a run of whitespace, hyphens, dashes and punctuation that no form uses becomes one
 * SEP symbol, so "Budapest\n Convention", "confidence-building" and "Asia–Pacific" equal their
 * space-separated forms; punctuation used inside some form ("A/68/98", "CERT|CC", apostrophes)
 * keeps a symbol of its own; a hyphen at the end of a line followed by a lowercase letter is
 * dropped, joining the word ("multi-\nstakeholder" reads "multistakeholder").
 */

import { foldUnit } from '../fold-unit';

/** Kinds of UTF-16 code units before any alphabet is known. */
export const Kind = { space: 0, newline: 1, hyphen: 2, punct: 3, apostrophe: 4, word: 5, ignore: 6 } as const;

export const SEP = 0;
export const BOUNDARY = 1;
/** A letter or digit that occurs in no form: it continues a word but matches nothing. */
export const OTHER_WORD = 2;
export const FIRST_CHAR = 3;

/** Table values above every symbol, for code units that are not fed to the automaton as such. */
export const Special = { space: 0xfff0, punct: 0xfff1, newline: 0xfff2, hyphen: 0xfff3, ignore: 0xfff4 } as const;

const ranges: [number, number, number][] = [
  [0x00, 0x1f, Kind.space],
  [0x21, 0x2f, Kind.punct],
  [0x3a, 0x40, Kind.punct],
  [0x5b, 0x60, Kind.punct],
  [0x7b, 0x7f, Kind.punct],
  [0x80, 0x9f, Kind.space],
  [0xa1, 0xbf, Kind.punct],
  [0x2000, 0x200a, Kind.space],
  [0x2016, 0x205e, Kind.punct],
  [0x20a0, 0x20cf, Kind.punct],
  [0x2100, 0x214f, Kind.punct],
  [0x2190, 0x2bff, Kind.punct],
  [0x2e00, 0x2e7f, Kind.punct],
  [0x3000, 0x303f, Kind.punct],
  [0xd800, 0xdfff, Kind.punct],
  [0xe000, 0xf8ff, Kind.punct],
  [0xfe30, 0xfe6f, Kind.punct],
  [0xff01, 0xff0f, Kind.punct],
  [0xff1a, 0xff20, Kind.punct],
  [0xfff0, 0xffff, Kind.punct],
  // combining accents, soft hyphen and zero-width characters do not break a word
  [0x0300, 0x036f, Kind.ignore],
  [0x200b, 0x200d, Kind.ignore],
];
const singles: [number, number][] = [
  [0x20, Kind.space], [0x85, Kind.space], [0xa0, Kind.space], [0x1680, Kind.space],
  [0x202f, Kind.space], [0x205f, Kind.space], [0x3000, Kind.space],
  [0x0a, Kind.newline], [0x0d, Kind.newline], [0x0b, Kind.newline], [0x0c, Kind.newline],
  [0x2028, Kind.newline], [0x2029, Kind.newline],
  [0x2d, Kind.hyphen], [0x2010, Kind.hyphen], [0x2011, Kind.hyphen], [0x2012, Kind.hyphen],
  [0x2013, Kind.hyphen], [0x2014, Kind.hyphen], [0x2015, Kind.hyphen], [0x2212, Kind.hyphen],
  [0xfe58, Kind.hyphen], [0xfe63, Kind.hyphen], [0xff0d, Kind.hyphen], [0x2e3a, Kind.hyphen],
  [0x2e3b, Kind.hyphen],
  [0x27, Kind.apostrophe], [0x2018, Kind.apostrophe], [0x2019, Kind.apostrophe],
  [0x201b, Kind.apostrophe], [0x2032, Kind.apostrophe], [0x02bc, Kind.apostrophe],
  [0xff07, Kind.apostrophe],
  [0xd7, Kind.punct], [0xf7, Kind.punct],
  [0xad, Kind.ignore], [0x2060, Kind.ignore], [0xfeff, Kind.ignore],
];

let kinds: Uint8Array | undefined;

/** Kind of every UTF-16 code unit; built once per process, in well under a millisecond. */
export function kindTable(): Uint8Array {
  if (kinds) return kinds;
  const t = new Uint8Array(0x10000).fill(Kind.word);
  for (const [from, to, kind] of ranges) t.fill(kind, from, to + 1);
  for (const [unit, kind] of singles) t[unit] = kind;
  kinds = t;
  return t;
}

export { foldUnit };

const APOSTROPHE = 0x27;

/** The character a punctuation code unit stands for in forms: every apostrophe is "'". */
export function punctUnit(unit: number): number {
  return kindTable()[unit] === Kind.apostrophe ? APOSTROPHE : unit;
}

/** Code units whose folding is not the identity, scanned to map capitals and accented letters onto the alphabet. */
const FOLDABLE: [number, number][] = [[0x41, 0x5a], [0xc0, 0x24f], [0x370, 0x52f], [0x1e00, 0x1eff]];

/**
 * Code unit → symbol (or Special value) for an alphabet of folded word characters and literal
 * punctuation. Word characters map below `firstPunct`, punctuation from `firstPunct` up.
 */
export function symbolTable(chars: string, punct: string): Uint16Array {
  const table = baseSymbols().slice();
  const charSymbol = new Map<number, number>();
  for (let i = 0; i < chars.length; i++) {
    const unit = chars.charCodeAt(i);
    charSymbol.set(unit, FIRST_CHAR + i);
    table[unit] = FIRST_CHAR + i;
    const upper = String.fromCharCode(unit).toUpperCase();
    if (upper.length === 1) table[upper.charCodeAt(0)] = FIRST_CHAR + i;
  }
  const folded = foldedUnits();
  for (let i = 0; i < folded.length; i += 2) {
    const symbol = charSymbol.get(folded[i + 1]!);
    if (symbol !== undefined) table[folded[i]!] = symbol;
  }
  const firstPunct = FIRST_CHAR + chars.length;
  for (let i = 0; i < punct.length; i++) {
    const unit = punct.charCodeAt(i);
    if (unit === APOSTROPHE) {
      for (const [u, k] of singles) if (k === Kind.apostrophe) table[u] = firstPunct + i;
    } else {
      table[unit] = firstPunct + i;
    }
  }
  return table;
}

let foldable: Uint16Array | undefined;

/** Pairs (unit, folded unit) of the word characters that folding changes; computed once per process. */
function foldedUnits(): Uint16Array {
  if (foldable) return foldable;
  const kind = kindTable();
  const pairs: number[] = [];
  for (const [from, to] of FOLDABLE) {
    for (let u = from; u <= to; u++) {
      const f = foldUnit(u);
      if (f !== u && kind[u] === Kind.word) pairs.push(u, f);
    }
  }
  foldable = Uint16Array.from(pairs);
  return foldable;
}

let base: Uint16Array | undefined;

/** The symbol table of the empty alphabet, copied for each recogniser. */
function baseSymbols(): Uint16Array {
  if (base) return base;
  const kind = kindTable();
  const table = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    switch (kind[u]) {
      case Kind.word: table[u] = OTHER_WORD; break;
      case Kind.newline: table[u] = Special.newline; break;
      case Kind.hyphen: table[u] = Special.hyphen; break;
      case Kind.ignore: table[u] = Special.ignore; break;
      case Kind.space: table[u] = Special.space; break;
      default: table[u] = Special.punct;
    }
  }
  base = table;
  return table;
}

/** Where `tokenize` stands after a hyphen: line-end hyphenation needs a hyphen, a line break, then a lowercase letter. */
const Join = { none: 0, hyphen: 1, hyphenNewline: 2 } as const;

export function isLowerUnit(unit: number): boolean {
  if (unit < 0x80) return unit >= 0x61 && unit <= 0x7a;
  const s = String.fromCharCode(unit);
  return s !== s.toUpperCase() && s === s.toLowerCase();
}

/**
 * The symbol stream of a text, with the offset each symbol starts at. It turns forms into
 * patterns; the scanner applies the same rules to page text in a faster, less obvious way
 * (automaton.ts, scan.ts, words.ts), and tests compare the two.
 */
export function tokenize(text: string, table: Uint16Array, firstPunct: number): { symbols: number[]; offsets: number[] } {
  const symbols: number[] = [];
  const offsets: number[] = [];
  let inWord = false;
  let sepAt = -1;
  let join: number = Join.none;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const k = table[unit]!;
    if (k < firstPunct) {
      if (!inWord) {
        if (join === Join.hyphenNewline && isLowerUnit(unit)) {
          sepAt = -1;
        } else {
          if (sepAt >= 0) { symbols.push(SEP); offsets.push(sepAt); sepAt = -1; }
          symbols.push(BOUNDARY);
          offsets.push(i);
        }
        inWord = true;
        join = Join.none;
      }
      symbols.push(k);
      offsets.push(i);
    } else if (k < Special.space) {
      if (sepAt >= 0) { symbols.push(SEP); offsets.push(sepAt); sepAt = -1; }
      symbols.push(k);
      offsets.push(i);
      inWord = false;
      join = Join.none;
    } else if (k !== Special.ignore) {
      if (sepAt < 0 && symbols.length > 0) sepAt = i;
      if (k === Special.hyphen) join = inWord ? Join.hyphen : Join.none;
      else if (k === Special.newline) join = join !== Join.none ? Join.hyphenNewline : Join.none;
      else if (k === Special.punct) join = Join.none;
      inWord = false;
    }
  }
  return { symbols, offsets };
}
