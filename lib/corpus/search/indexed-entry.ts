import type { TermFilter } from './query-plan';
import type { SearchEntry } from './search-entry';
import { formKey, searchTerms } from './terms';

/** An entry with its words, split once when the index is built. */
export interface IndexedEntry {
  entry: SearchEntry;
  /** Words of the name, of the aliases, and of both. */
  ownNameWords: string[];
  aliasWords: string[];
  nameWords: string[];
  summaryWords: string[];
  /** " word word ...": one native `includes` finds a word beginning with a prefix. */
  nameText: string;
  words: Set<string>;
  /** formKey of the name and of each alias. */
  forms: string[];
}

export function indexEntry(entry: SearchEntry): IndexedEntry {
  const ownNameWords = searchTerms(entry.name);
  const aliasWords = searchTerms(entry.aliases.join(' ; '));
  const nameWords = [...ownNameWords, ...aliasWords];
  const summaryWords = searchTerms(entry.summary);
  return {
    entry,
    ownNameWords,
    aliasWords,
    nameWords,
    summaryWords,
    nameText: ' ' + nameWords.join(' '),
    words: new Set([...nameWords, ...summaryWords]),
    forms: [...new Set([entry.name, ...entry.aliases].map(formKey))].filter(Boolean),
  };
}

export function passesFilter(item: IndexedEntry, filter: TermFilter): boolean {
  return filter.kind === 'word' ? item.words.has(filter.term) : item.nameText.includes(' ' + filter.term);
}
