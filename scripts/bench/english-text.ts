/**
 * Deterministic English-like text for benchmarks: real sentences from the source documents,
 * sentences of words drawn from their vocabulary, and term mentions sprinkled in, wrapped in
 * lines and paragraphs like extracted page text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { seededRandom } from '../../harness/seeded-random';

const SEEDS = 'seeds';

function seedSentences(): string[] {
  const text = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`${SEEDS}/${f}`, 'utf8'))
    .join('\n')
    .replace(/\s+/g, ' ');
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => s.length >= 40 && s.length <= 400);
}

function vocabulary(sentences: string[]): string[] {
  return [...new Set(sentences.join(' ').toLowerCase().match(/\b[a-z]{3,12}\b/g) ?? [])];
}

export interface TextOptions {
  seed: number;
  /** Approximate length in UTF-16 units. */
  length: number;
  /** Surface forms to mention. */
  terms: string[];
  /** Average characters between two planted mentions. */
  mentionEvery: number;
}

export function englishText({ seed, length, terms, mentionEvery }: TextOptions): string {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const sentences = seedSentences();
  const words = vocabulary(sentences);
  const parts: string[] = [];
  let size = 0;
  let line = 0;
  let sinceMention = 0;
  while (size < length) {
    let sentence: string;
    if (random() < 0.5) {
      sentence = pick(sentences);
    } else {
      const n = 8 + Math.floor(random() * 14);
      const chosen = Array.from({ length: n }, () => pick(words));
      chosen[0] = chosen[0]!.charAt(0).toUpperCase() + chosen[0]!.slice(1);
      sentence = chosen.join(' ') + '.';
    }
    sinceMention += sentence.length;
    if (terms.length > 0 && sinceMention >= mentionEvery * random() * 2) {
      const cut = sentence.indexOf(' ', Math.floor(sentence.length / 2));
      if (cut > 0) sentence = `${sentence.slice(0, cut)} the ${pick(terms)}${sentence.slice(cut)}`;
      sinceMention = 0;
    }
    for (const word of sentence.split(' ')) {
      const sep = line > 90 ? (random() < 0.2 ? '\n\n' : '\n') : ' ';
      if (sep !== ' ') line = 0;
      parts.push(word, sep);
      line += word.length + 1;
      size += word.length + 1;
    }
  }
  return parts.join('');
}

/** Pseudo-words and acronyms that occur in no real text: a synthetic dictionary of `count` entries. */
export function syntheticTerms(count: number, seed: number): { id: string; name: string; aliases: string[] }[] {
  const random = seededRandom(seed);
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'zen', 'dor', 'pra', 'gli', 'tor', 'vel', 'qua', 'bri'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const acronym = () => Array.from({ length: 2 + Math.floor(random() * 4) }, () => String.fromCharCode(65 + Math.floor(random() * 26))).join('');
  const names = new Set<string>();
  const acronyms = new Set<string>();
  const entries: { id: string; name: string; aliases: string[] }[] = [];
  while (entries.length < count) {
    const name = Array.from({ length: 1 + Math.floor(random() * 4) }, word).join(' ');
    if (names.has(name)) continue;
    names.add(name);
    const aliases: string[] = [];
    const a = acronym();
    if (random() < 0.5 && !acronyms.has(a)) {
      acronyms.add(a);
      aliases.push(a);
    }
    entries.push({ id: `term-${entries.length}`, name: name.charAt(0).toUpperCase() + name.slice(1), aliases });
  }
  return entries;
}
