import type { TeamCardFact } from './entity-details';
import { ExpandableList } from './ExpandableList';
import { teamLinkHref } from './team-link';

export interface TeamFactListProps {
  heading: string;
  facts: readonly TeamCardFact[];
  visible?: number;
}

/** Team facts, each citing the page a member read it on: quote, title (a link), date. */
export function TeamFactList({ heading, facts, visible = 3 }: TeamFactListProps) {
  if (facts.length === 0) return null;
  return (
    <section class="ac-section">
      <h3 class="ac-section-heading">{heading}</h3>
      <ExpandableList
        items={facts}
        visible={visible}
        noun={heading.toLowerCase()}
        className="ac-facts ac-team-facts"
        render={(fact) => {
          const href = teamLinkHref(fact.source.url);
          const title = fact.source.title || fact.source.url;
          return (
            <>
              <p class="ac-fact">{fact.text}</p>
              <blockquote class="ac-team-quote">{fact.source.quote}</blockquote>
              <cite class="ac-cite">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {title}
                  </a>
                ) : (
                  title
                )}
                {fact.source.date && `, ${shortDate(fact.source.date)}`}
              </cite>
            </>
          );
        }}
      />
    </section>
  );
}

/** "2026-12-03" from a date or timestamp; the text itself when it is neither. */
export function shortDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}
