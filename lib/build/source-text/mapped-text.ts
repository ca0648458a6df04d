/**
 * Text derived from a verbatim document that remembers, for every character, where it came
 * from. Cleaning rewrites the text freely; excerpts still point into the verbatim document.
 */
export interface MappedText {
  text: string;
  /** origin[i] is the offset in the verbatim document of text[i]. */
  origin: number[];
}

export function identity(raw: string): MappedText {
  return { text: raw, origin: Array.from({ length: raw.length }, (_, i) => i) };
}

/** Verbatim range [start, end) covered by the derived range [start, end). */
export function toVerbatim(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) throw new RangeError(`empty range ${start}-${end}`);
  const first = mapped.origin[start];
  const last = mapped.origin[end - 1];
  if (first === undefined || last === undefined) {
    throw new RangeError(`range ${start}-${end} outside text of length ${mapped.text.length}`);
  }
  return { start: first, end: last + 1 };
}

/** Appends pieces of a source text, keeping their origins, or synthetic characters. */
export class MappedTextBuilder {
  private text = '';
  private readonly origin: number[] = [];

  constructor(private readonly source: MappedText) {}

  /** Copies source.text[start, end) with its origins. */
  keep(start: number, end: number): void {
    this.text += this.source.text.slice(start, end);
    for (let i = start; i < end; i++) this.origin.push(this.source.origin[i]!);
  }

  /** Appends characters that stand for the source character at `at` (a joining space, a break). */
  insert(chars: string, at: number): void {
    const origin = this.source.origin[Math.min(at, this.source.origin.length - 1)] ?? 0;
    this.text += chars;
    for (let i = 0; i < chars.length; i++) this.origin.push(origin);
  }

  get length(): number {
    return this.text.length;
  }

  lastChar(): string {
    return this.text.slice(-1);
  }

  build(): MappedText {
    return { text: this.text, origin: this.origin };
  }
}

/**
 * Replaces every match of `pattern` (which must be global) with `replace(match)`. When the
 * replacement occurs inside the match (a link's label inside "[label](#)"), its characters keep
 * their own origins; otherwise they all stand for the start of the match.
 */
export function rewrite(
  source: MappedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
): MappedText {
  if (!pattern.global) throw new Error(`rewrite needs a global pattern: ${pattern}`);
  const out = new MappedTextBuilder(source);
  let done = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source.text); m; m = pattern.exec(source.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    out.keep(done, m.index);
    const replacement = replace(m);
    const inside = replacement.length > 0 ? m[0].indexOf(replacement) : -1;
    if (inside >= 0) out.keep(m.index + inside, m.index + inside + replacement.length);
    else out.insert(replacement, m.index);
    done = m.index + m[0].length;
  }
  out.keep(done, source.text.length);
  return out.build();
}
