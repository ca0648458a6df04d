/**
 * The one place that decides when two forms are "the same" for lookup, so that keys written
 * by the loader and keys read by queries can never drift apart.
 */

/** Case-insensitive form of an alias: compatibility-normalised, lower-cased, spaces collapsed. */
export function normaliseForm(form: string): string {
  return form.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

// Diacritics are folded so that "Attaché" is found by typing "attache".
function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Distinct lower-cased words of the texts, in first-seen order; punctuation separates words. */
export function wordsOf(...texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const raw of text.normalize('NFKC').split(/[^\p{L}\p{N}\p{M}]+/u)) {
      const word = foldWord(raw);
      if (word) words.add(word);
    }
  }
  return [...words];
}
