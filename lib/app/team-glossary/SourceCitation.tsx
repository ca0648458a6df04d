import { isWebAddress, type TeamSource } from '../../notes/team-glossary';

/**
 * A team fact's source as text a peer wrote: Preact sets it as text, never as HTML, and the
 * address becomes a link only when it is http or https.
 */
export function SourceCitation({ source }: { source: TeamSource }) {
  return (
    <blockquote class="tg-source">
      <p class="tg-quote">“{source.quote}”</p>
      <footer>
        {isWebAddress(source.url) ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          <span>{source.title}</span>
        )}
        , read {source.date.slice(0, 10)}
      </footer>
    </blockquote>
  );
}
