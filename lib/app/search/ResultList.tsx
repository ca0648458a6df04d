import type { SearchEntry } from '../../corpus/search';
import { entityTypeLabel } from '../../shared/card';

export interface ResultListProps {
  id: string;
  label: string;
  entries: readonly SearchEntry[];
  /** Index of the option the arrow keys point at; -1 for none. */
  active: number;
  onOpen(id: string): void;
  onHover(index: number): void;
}

export const optionId = (listId: string, index: number) => `${listId}-${index}`;

/**
 * The options of the search combobox. Focus stays in the search box (aria-activedescendant
 * names the active option), so typing never has to be resumed after browsing the list.
 */
export function ResultList({ id, label, entries, active, onOpen, onHover }: ResultListProps) {
  return (
    <ul class="as-results" id={id} role="listbox" aria-label={label}>
      {entries.map((entry, index) => (
        <li
          key={entry.id}
          id={optionId(id, index)}
          class="as-result"
          role="option"
          aria-selected={index === active}
          data-entity-id={entry.id}
          data-entity-type={entry.type}
          // mousedown would move focus out of the search box before the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onOpen(entry.id)}
          onMouseMove={() => index !== active && onHover(index)}
        >
          <span class="as-result-name">{entry.shortName}</span>
          <span class="as-result-type">
            {entityTypeLabel(entry.type)}
            {entry.team && <span class="as-result-team"> · Team</span>}
          </span>
          {entry.shortName !== entry.name && <span class="as-result-full">{entry.name}</span>}
          {entry.summary && <span class="as-result-summary">{entry.summary}</span>}
        </li>
      ))}
    </ul>
  );
}
