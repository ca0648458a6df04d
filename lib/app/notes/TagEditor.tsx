import { useState } from 'preact/hooks';

export interface TagEditorProps {
  noteLabel: string;
  tags: string[];
  /** Shows the tags only, with no way to change them. */
  readOnly?: boolean;
  /** Throws with a readable message when the tag is not acceptable. */
  onAdd(tag: string): void;
  onRemove(tag: string): void;
}

/** A note's tags: each removable, and a box to add one (Enter). */
export function TagEditor({ noteLabel, tags, readOnly = false, onAdd, onRemove }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    try {
      onAdd(draft);
      setDraft('');
      setError('');
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  };
  return (
    <div class="nt-tags">
      <ul class="nt-tag-list" aria-label={`Tags of ${noteLabel}`}>
        {tags.map((tag) => (
          <li key={tag} class="nt-tag">
            {tag}
            {!readOnly && (
              <button type="button" class="nt-tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onRemove(tag)}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form class="nt-tag-add" onSubmit={add}>
          <input
            type="text"
            class="nt-tag-input"
            aria-label={`Add a tag to ${noteLabel}`}
            placeholder="Add a tag"
            value={draft}
            maxLength={60}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          {error && (
            <span class="nt-error" role="alert">
              {error}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
