import type { SourceExcerpt } from '../corpus-format/corpus-schema';
import { sourceTitle } from './source-titles';
import { ExpandableList } from './ExpandableList';

export interface ExcerptListProps {
  excerpts: readonly SourceExcerpt[];
  visible?: number;
  /** Opens the source reader at the excerpt; hosts that cannot open it leave this out. */
  onOpenSource?(excerpt: SourceExcerpt): void;
}

/** Where the sources mention the entity, quoted with the document's title. */
export function ExcerptList({ excerpts, visible = 3, onOpenSource }: ExcerptListProps) {
  if (excerpts.length === 0) return null;
  return (
    <section class="ac-section">
      <h3 class="ac-section-heading">In the sources</h3>
      <ExpandableList
        items={excerpts}
        visible={visible}
        noun="excerpts"
        className="ac-excerpts"
        render={(excerpt) => (
          <figure class="ac-excerpt">
            <blockquote class="ac-quote">{excerpt.quote}</blockquote>
            <figcaption>
              <cite class="ac-cite">
                {onOpenSource ? (
                  // A button, not a link: a page may not navigate to the extension's own pages.
                  <button
                    type="button"
                    class="ac-link ac-source-link"
                    title="Open the document at this passage"
                    aria-label={`${sourceTitle(excerpt.doc)}: open at this passage`}
                    onClick={() => onOpenSource(excerpt)}
                  >
                    {sourceTitle(excerpt.doc)}
                  </button>
                ) : (
                  sourceTitle(excerpt.doc)
                )}
              </cite>
            </figcaption>
          </figure>
        )}
      />
    </section>
  );
}
