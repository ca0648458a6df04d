import type { ComponentChildren } from 'preact';
import type { Fact } from '../corpus-format/corpus-schema';
import { sourceTitle } from './source-titles';
import { ExpandableList } from './ExpandableList';

export interface FactListProps<F extends { text: string }> {
  heading: string;
  facts: readonly F[];
  visible?: number;
  className?: string;
  /** What follows a fact's text: where it comes from. */
  cite: (fact: F) => ComponentChildren;
}

/** Statements, each followed by its citation; long lists fold after `visible`. */
export function FactList<F extends { text: string }>({ heading, facts, visible = 3, className = 'ac-facts', cite }: FactListProps<F>) {
  if (facts.length === 0) return null;
  return (
    <section class="ac-section">
      <h3 class="ac-section-heading">{heading}</h3>
      <ExpandableList
        items={facts}
        visible={visible}
        noun={heading.toLowerCase()}
        className={className}
        render={(fact) => (
          <>
            <p class="ac-fact">{fact.text}</p>
            {cite(fact)}
          </>
        )}
      />
    </section>
  );
}

/** A bundled fact's citation: the source document it comes from. */
export const citeSourceDocument = (fact: Fact) => <cite class="ac-cite">{sourceTitle(fact.source)}</cite>;
