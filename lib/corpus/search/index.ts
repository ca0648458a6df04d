/** Finding entities by what a reader types or selects: names, aliases, acronyms, typos. */
export { createEntitySearch, type EntitySearch, type SearchHit } from './entity-search';
export { toSearchEntry, type SearchEntry } from './search-entry';
export { hasLatinLetters, nearestNames, type NameSuggestion } from './nearest-names';
export { formKey, searchTerms } from './terms';
export { cleanSelection, resolveSelection, type SelectionTarget } from './resolve-selection';
export {
  MAX_RECENT_LOOKUPS,
  RECENT_LOOKUPS_KEY,
  parseRecentLookups,
  readRecentLookups,
  recordRecentLookup,
  withRecentLookup,
  type RecentLookupsArea,
} from './recent-lookups';
