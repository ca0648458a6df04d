import type { SourceExcerpt } from '../../shared/corpus-format/corpus-schema';
import type { Mention } from '../../shared/recognizer/index';
import { quoteAround } from '../source-text/excerpt';
import { toVerbatim, type MappedText } from '../source-text/mapped-text';
import { splitSentences } from '../../shared/corpus-format/sentences';

export interface CleanedDocument {
  name: string;
  cleaned: MappedText;
}

/**
 * Excerpts keyed by entity id from the mentions found in each cleaned document: offsets in the
 * verbatim document, the cleaned sentence as quote. An entity keeps one excerpt per distinct
 * quote (the first), in document order, and drops quotes that say nothing but its name (a
 * heading "UK", an acronym list entry cut short) when it has others.
 */
export function excerptsFrom(docs: CleanedDocument[], mentions: Mention[][]): Map<string, SourceExcerpt[]> {
  const excerpts = new Map<string, (SourceExcerpt & { bare: boolean })[]>();
  const quotes = new Map<string, Set<string>>();
  docs.forEach((doc, i) => {
    const text = doc.cleaned.text;
    const sentences = splitSentences(text);
    for (const mention of mentions[i] ?? []) {
      const quote = quoteAround(text, sentences, mention.start, mention.end);
      const seen = quotes.get(mention.id) ?? new Set<string>();
      if (seen.has(quote)) continue;
      seen.add(quote);
      quotes.set(mention.id, seen);
      const { start, end } = toVerbatim(doc.cleaned, mention.start, mention.end);
      const list = excerpts.get(mention.id) ?? [];
      list.push({ doc: doc.name, start, end, quote, bare: isBare(quote, mention.text) });
      excerpts.set(mention.id, list);
    }
  });
  return new Map(
    [...excerpts].map(([id, list]) => {
      const telling = list.filter((e) => !e.bare);
      return [id, (telling.length > 0 ? telling : list).map(({ bare: _, ...excerpt }) => excerpt)];
    }),
  );
}

/** The quote holds no word besides the mention itself. */
function isBare(quote: string, mention: string): boolean {
  return !/[\p{L}\p{N}]/u.test(quote.replace(mention.replace(/\s+/g, ' '), ''));
}
