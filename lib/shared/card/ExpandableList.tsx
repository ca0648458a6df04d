import { useState } from 'preact/hooks';
import type { ComponentChild } from 'preact';

export interface ExpandableListProps<T> {
  items: readonly T[];
  /** How many items show before the reader asks for all. */
  visible: number;
  /** Names the items in the toggle: "Show all 12 {noun}". */
  noun: string;
  className: string;
  render(item: T): ComponentChild;
}

/** A list that shows its first items and a toggle for the rest. */
export function ExpandableList<T>({ items, visible, noun, className, render }: ExpandableListProps<T>) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, visible);
  return (
    <>
      <ul class={className}>
        {shown.map((item, i) => (
          <li key={i}>{render(item)}</li>
        ))}
      </ul>
      {items.length > visible && (
        <button
          type="button"
          class="ac-more"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? `Show fewer ${noun}` : `Show all ${items.length} ${noun}`}
        </button>
      )}
    </>
  );
}
