import type { AliasRule } from '../corpus-format/corpus-schema';

/** A recognised mention. Offsets are UTF-16 offsets into the input; text = input.slice(start, end). */
export interface Mention {
  start: number;
  end: number;
  text: string;
  id: string;
}

/** What the recogniser needs of an entity (a Pick of Entity). */
export interface RecognizerEntry {
  id: string;
  name: string;
  aliases: string[];
  rules: AliasRule[];
}

export interface Recognizer {
  /** Mentions sorted by start, non-overlapping. */
  find(text: string): Mention[];
}

/**
 * The recogniser as plain JSON data: built once in the background (or at corpus build), sent to
 * content scripts and cached. It holds the keyword trie and what each pattern means, nothing
 * derived: `createRecognizer` builds the automaton from the trie, unless it is given the one
 * `transferMachine` built (base64 tables, see machine-transfer.ts), as content scripts are.
 */
export interface CompiledRecognizer {
  format: 'attache-recognizer/1';
  /** Entity ids; forms refer to entities by index. */
  ids: string[];
  /** Folded word characters of the alphabet, in symbol order (symbol FIRST_CHAR + i). */
  chars: string;
  /** Punctuation that occurs inside some form and so is matched literally, in symbol order after chars. */
  punct: string;
  /** Trie in breadth-first order, compressed sparse rows: edges of state s are edgeStart[s] .. edgeStart[s+1]-1. */
  edgeStart: number[];
  edgeSymbol: number[];
  edgeTarget: number[];
  /** Per pattern: the trie state it ends in, its number of words, its PatternFlags. */
  patternState: number[];
  patternWords: number[];
  patternFlags: number[];
  /** Per pattern, the forms it stands for: patternFormStart[p] .. patternFormStart[p+1]-1 index patternForm. */
  patternFormStart: number[];
  patternForm: number[];
  /** Per form: entity index, letters and digits in their case ('' when matched case-insensitively), FormFlags, cue words. */
  formEntity: number[];
  formCase: string[];
  formFlags: number[];
  formCues: string[][];
}

/** Bits of CompiledRecognizer.patternFlags: what may follow the pattern's last character. */
export const PatternFlags = {
  /** Ends in a letter, so footnote digits stuck to it ("Convention3") are allowed. */
  footnote: 1,
  /** Ends in s, x, z, ch or sh, so the plural takes "es". */
  pluralEs: 2,
  /** Already a plural variant ("policies"): no further suffix. */
  plural: 4,
} as const;

/** Bits of CompiledRecognizer.formFlags. */
export const FormFlags = {
  ambiguous: 1,
  /** Counts only where its entity is named unambiguously in the same text. */
  introduced: 2,
} as const;
