import type { Fact } from '../corpus-format/corpus-schema';
import { sourceTitle } from './source-titles';
import { ExpandableList } from './ExpandableList';

export interface FactListProps {
  heading: string;
  facts: readonly Fact[];
  visible?: number;
}

/** Statements from the sources, each citing the document it comes from. */
export function FactList({ heading, facts, visible = 3 }: FactListProps) {
  if (facts.length === 0) return null;
  return (
    <section class="ac-section">
      <h3 class="ac-section-heading">{heading}</h3>
      <ExpandableList
        items={facts}
        visible={visible}
        noun={heading.toLowerCase()}
        className="ac-facts"
        render={(fact) => (
          <>
            <p class="ac-fact">{fact.text}</p>
            <cite class="ac-cite">{sourceTitle(fact.source)}</cite>
          </>
        )}
      />
    </section>
  );
}
