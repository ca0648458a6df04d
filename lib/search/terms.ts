/**
 * How search splits and compares text. Index and queries go through the same two functions,
 * so a form typed with other case, accents or punctuation still meets its indexed form.
 */

/** Words of the text, lower-cased with diacritics folded; punctuation and spaces separate words. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const raw of text.normalize('NFKD').split(/[^\p{L}\p{N}\p{M}]+/u)) {
    const term = raw.replace(/\p{M}+/gu, '').toLowerCase();
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * The key under which a whole name or alias is looked up: "UN-GGE", "UN GGE" and "un gge"
 * are one key, so a query or a selection equal to a form finds its entity exactly.
 */
export function formKey(form: string): string {
  return searchTerms(form).join(' ');
}
