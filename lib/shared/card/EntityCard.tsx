import { otherNames } from '../corpus-format/other-names';
import type { SourceExcerpt } from '../corpus-format/corpus-schema';
import type { EntityDetails } from './entity-details';
import { AliasLine } from './AliasLine';
import { CardActions } from './CardActions';
import { entityTypeLabel } from './entity-type-label';
import { ExcerptList } from './ExcerptList';
import { citeSourceDocument, FactList } from './FactList';
import { NotesCount } from './NotesCount';
import { RelatedList } from './RelatedList';
import { TeamSection } from './TeamSection';

export interface EntityCardProps {
  details: EntityDetails;
  /** Lets a dialog host point aria-labelledby at the heading. */
  headingId?: string;
  /** Number of team notes on the entity; undefined while unknown. */
  notesCount?: number;
  onOpenEntity(id: string): void;
  /** Hosts that are the side panel leave these out. */
  onOpenSidePanel?(id: string): void;
  onAddNote?(id: string): void;
  blockTerm?: { text: string; onBlock(): void };
  /** Opens the source reader at an excerpt; hosts that cannot (the welcome page) leave it out. */
  onOpenSource?(excerpt: SourceExcerpt): void;
  /** Every excerpt and relation at once, no "show all": for the side panel, which has room. */
  expanded?: boolean;
}

/**
 * The context card of one entity. Extension-free: every host (the in-page card, the popup,
 * the side panel) passes data and callbacks in.
 */
export function EntityCard(props: EntityCardProps) {
  const { entity, related, team } = props.details;
  const { onOpenSidePanel, onAddNote } = props;
  // Head, then body: a host that limits the card's height scrolls the body under the head, so
  // the name and the actions stay in sight however long the card is.
  return (
    <article class="ac-card" data-entity-type={entity.type} data-team={team?.kind}>
      <div class="ac-head">
        <header class="ac-header">
          <p class="ac-type">
            {entityTypeLabel(entity.type)}
            {team?.kind === 'own' && <span class="ac-team-mark"> · Team</span>}
          </p>
          <h2 class="ac-name" id={props.headingId}>
            {entity.shortName}
          </h2>
          <AliasLine aliases={otherNames(entity)} />
        </header>
        <CardActions
          onOpenSidePanel={onOpenSidePanel && (() => onOpenSidePanel(entity.id))}
          onAddNote={onAddNote && (() => onAddNote(entity.id))}
          blockTerm={props.blockTerm}
        />
      </div>
      <div class="ac-body">
        {entity.name !== entity.shortName && (
          <p class="ac-official">
            <span class="ac-label">Official name: </span>
            {entity.name}
          </p>
        )}
        {entity.summary && <p class="ac-summary">{entity.summary}</p>}
        <FactList heading="Key facts" facts={entity.facts} cite={citeSourceDocument} />
        <FactList heading="Positions" facts={entity.positions} cite={citeSourceDocument} />
        <ExcerptList
          excerpts={entity.sources}
          visible={props.expanded ? Infinity : undefined}
          onOpenSource={props.onOpenSource}
        />
        {team && <TeamSection team={team} expanded={props.expanded} />}
        <RelatedList related={related} onOpenEntity={props.onOpenEntity} visible={props.expanded ? Infinity : undefined} />
        {onOpenSidePanel && (
          <NotesCount count={props.notesCount} onOpenSidePanel={() => onOpenSidePanel(entity.id)} />
        )}
      </div>
    </article>
  );
}
