import type { CompiledRecognizer, RecognizerEntry } from './types';
import { FormFlags } from './types';
import { collectForms } from './forms';
import { FIRST_CHAR, Kind, foldUnit, kindTable, punctUnit, symbolTable, tokenize } from './char-classes';
import { buildTrie, countWords } from './trie';

/** The alphabet: every folded word character and every punctuation mark found inside a form. */
function alphabetOf(texts: string[]): { chars: string; punct: string } {
  const kind = kindTable();
  const chars = new Set<number>();
  const punct = new Set<number>();
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const k = kind[unit];
      if (k === Kind.word) chars.add(foldUnit(unit));
      else if (k === Kind.punct || k === Kind.apostrophe) punct.add(punctUnit(unit));
    }
  }
  const str = (set: Set<number>) => String.fromCharCode(...[...set].sort((a, b) => a - b));
  return { chars: str(chars), punct: str(punct) };
}

export function compileRecognizer(entries: RecognizerEntry[]): CompiledRecognizer {
  const { forms, variants } = collectForms(entries);
  const { chars, punct } = alphabetOf(variants.map((v) => v.text));
  const table = symbolTable(chars, punct);
  const firstPunct = FIRST_CHAR + chars.length;

  // Spellings that reduce to the same symbols become one pattern standing for several forms.
  const patternOf = new Map<string, number>();
  const sequences: number[][] = [];
  const flags: number[] = [];
  const owners: number[][] = [];
  for (const variant of variants) {
    const { symbols } = tokenize(variant.text, table, firstPunct);
    if (symbols.length === 0) continue;
    const key = symbols.join(',');
    let p = patternOf.get(key);
    if (p === undefined) {
      p = sequences.length;
      patternOf.set(key, p);
      sequences.push(symbols);
      flags.push(variant.flags);
      owners.push([]);
    }
    if (!owners[p]!.includes(variant.form)) owners[p]!.push(variant.form);
  }

  const trie = buildTrie(sequences);
  const patternFormStart = [0];
  for (const list of owners) patternFormStart.push(patternFormStart[patternFormStart.length - 1]! + list.length);
  return {
    format: 'attache-recognizer/1',
    ids: entries.map((e) => e.id),
    chars,
    punct,
    ...trie,
    patternWords: sequences.map(countWords),
    patternFlags: flags,
    patternFormStart,
    patternForm: owners.flat(),
    formEntity: forms.map((f) => f.entity),
    formCase: forms.map((f) => f.caseKey),
    formFlags: forms.map((f) => (f.ambiguous ? FormFlags.ambiguous : 0) | (f.introduced ? FormFlags.introduced : 0)),
    formCues: forms.map((f) => f.cues),
  };
}
