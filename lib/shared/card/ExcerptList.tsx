import type { SourceExcerpt } from '../corpus-format/corpus-schema';
import { sourceTitle } from './source-titles';
import { ExpandableList } from './ExpandableList';

export interface ExcerptListProps {
  excerpts: readonly SourceExcerpt[];
  visible?: number;
}

/** Where the sources mention the entity, quoted with the document's title. */
export function ExcerptList({ excerpts, visible = 3 }: ExcerptListProps) {
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
              <cite class="ac-cite">{sourceTitle(excerpt.doc)}</cite>
            </figcaption>
          </figure>
        )}
      />
    </section>
  );
}
