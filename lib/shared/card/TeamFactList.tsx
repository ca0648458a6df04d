import type { TeamCardFact } from './entity-details';
import { FactList } from './FactList';
import { teamLinkHref } from './team-link';

export interface TeamFactListProps {
  heading: string;
  facts: readonly TeamCardFact[];
  visible?: number;
}

/** Team facts, each citing the page a member read it on: quote, title (a link), date. */
export function TeamFactList({ heading, facts, visible = 3 }: TeamFactListProps) {
  return <FactList heading={heading} facts={facts} visible={visible} className="ac-facts ac-team-facts" cite={citePage} />;
}

function citePage(fact: TeamCardFact) {
  const href = teamLinkHref(fact.source.url);
  const title = fact.source.title || fact.source.url;
  return (
    <>
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
}

/** "2026-12-03" from a date or timestamp; the text itself when it is neither. */
export function shortDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}
