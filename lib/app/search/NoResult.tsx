import type { ComponentChildren } from 'preact';
import { hasLatinLetters, type NameSuggestion } from '../../corpus/search';

export interface NoResultProps {
  query: string;
  suggestions: readonly NameSuggestion[];
  onOpen(id: string): void;
  /** Further offers (a team glossary's "add this term"), shown last. */
  children?: ComponentChildren;
}

/** After "Nothing found": the nearest names, or why there are none worth offering. */
export function NoResult({ query, suggestions, onOpen, children }: NoResultProps) {
  return (
    <div class="as-none">
      {suggestions.length > 0 ? (
        <>
          <p class="as-none-text">Closest names in the corpus:</p>
          <ul class="as-suggestions">
            {suggestions.map((s) => (
              <li key={s.entry.id}>
                <button type="button" class="as-suggestion" data-entity-id={s.entry.id} onClick={() => onOpen(s.entry.id)}>
                  {s.entry.shortName}
                </button>
                {s.form !== s.entry.shortName && <span class="as-suggestion-form"> ({s.form})</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="as-none-text">
          No name in the corpus is close to it.{' '}
          {hasLatinLetters(query) ? '' : 'The corpus names actors and terms in English. '}
          It holds the actors and terms of the source documents Attaché was built from, so many are not in it yet.
        </p>
      )}
      {children}
    </div>
  );
}
