/**
 * How search splits and compares text. Index and queries go through the same two functions,
 * so a form typed with other case, accents or punctuation still meets its indexed form.
 */

const ASCII = /^[\x00-\x7f]*$/;

/** Words of the text, lower-cased with diacritics folded; punctuation and spaces separate words. */
export function searchTerms(text: string): string[] {
  // Most text is ASCII: no diacritics to fold, and a simpler split (index builds tokenise a lot).
  if (ASCII.test(text)) return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
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
