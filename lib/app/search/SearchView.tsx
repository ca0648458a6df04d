import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntitySearch, SearchEntry } from '../../corpus/search';
import { NoResult } from './NoResult';
import { optionId, ResultList } from './ResultList';

export interface SearchViewProps {
  /** Undefined while the index is still loading. */
  search: EntitySearch | undefined;
  /** Entities opened lately, newest first: shown while the box is empty. */
  recent: readonly SearchEntry[];
  initialQuery?: string;
  /** Put the caret in the box on mount (the popup opens ready to type). */
  autoFocus?: boolean;
  onOpen(id: string): void;
  /** Reports the query as typed, so a host can restore it when the reader comes back. */
  onQueryChange?(query: string): void;
  /**
   * What else to offer when nothing is found, after the nearest names: the place for a team
   * glossary's "Add … to the team glossary", once there is one.
   */
  renderNoResult?(query: string): ComponentChildren;
}

const LIST_ID = 'as-options';

/**
 * A search box over the corpus with its results, as an ARIA combobox: results follow every
 * keystroke, the arrow keys move through them, Enter opens the active one (the first if the
 * reader has not moved). Used by the popup and the side panel.
 */
export function SearchView(props: SearchViewProps) {
  const { search, recent, initialQuery = '', autoFocus, onOpen, onQueryChange, renderNoResult } = props;
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const trimmed = query.trim();
  const entries = useMemo(
    () => (trimmed ? (search?.search(trimmed).map((hit) => hit.entry) ?? []) : recent),
    [search, trimmed, recent],
  );
  const showingRecent = !trimmed;

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(LIST_ID, active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const move = (delta: number) => {
    if (entries.length === 0) return;
    setActive((current) => (current + delta + entries.length) % entries.length);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(active === -1 ? 0 : -1);
        break;
      case 'Enter': {
        const entry = entries[active === -1 ? 0 : active];
        if (entry) onOpen(entry.id);
        break;
      }
      case 'Escape':
        // A first Escape clears the box; the next one is the host's (the popup closes).
        if (!query) return;
        setQuery('');
        setActive(-1);
        onQueryChange?.('');
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const status = !search && trimmed
    ? 'Loading the corpus…'
    : trimmed && entries.length === 0
      ? `Nothing found for “${trimmed}”.`
      : showingRecent && entries.length === 0
        ? 'Type a name, an acronym or a term.'
        : '';

  return (
    <div class="as-search">
      <input
        ref={input}
        class="as-input"
        type="search"
        role="combobox"
        aria-label="Search the corpus"
        aria-autocomplete="list"
        aria-expanded={entries.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={active >= 0 && active < entries.length ? optionId(LIST_ID, active) : undefined}
        placeholder="Search actors, instruments, terms…"
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => {
          const value = (event.currentTarget as HTMLInputElement).value;
          setQuery(value);
          setActive(-1);
          onQueryChange?.(value);
        }}
        onKeyDown={onKeyDown}
      />
      {showingRecent && entries.length > 0 && <h2 class="as-heading">Recent lookups</h2>}
      <ResultList
        id={LIST_ID}
        label={showingRecent ? 'Recent lookups' : 'Search results'}
        entries={entries}
        active={active}
        onOpen={onOpen}
        onHover={setActive}
      />
      <p class="as-status" role="status">
        {status}
      </p>
      {search && trimmed && entries.length === 0 && (
        <NoResult query={trimmed} suggestions={search.nearest(trimmed)} onOpen={onOpen}>
          {renderNoResult?.(trimmed)}
        </NoResult>
      )}
    </div>
  );
}
