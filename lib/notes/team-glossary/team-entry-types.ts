/**
 * A team's own glossary entries as the rest of the extension sees them. They have the bundled
 * corpus's fields (`lib/shared/corpus-format/`), checked by the same rules, but a fact cites
 * the page a member read rather than one of the source documents, and each entry says who
 * added and last changed it. Read from the space's glossary document through
 * `read-team-glossary.ts`; nothing else reads the Yjs structures.
 */
import type { AliasRule, EntityType } from '../../shared/corpus-format/corpus-schema';
import type { SourcedFact, SourcedRelation } from '../../shared/corpus-format/entity-fields';
import type { NoteAuthor } from '../note-types';

/** Where a team fact comes from: a passage of a page, anchored as a page note's is. */
export interface TeamSource {
  quote: string;
  /** Text just before and after the quote, to find it again (may be empty). */
  prefix: string;
  suffix: string;
  /** The page address, http or https, without its fragment. */
  url: string;
  title: string;
  /** When the member read it: an ISO 8601 date or timestamp. */
  date: string;
}

export type TeamFact = SourcedFact<TeamSource>;
export type TeamRelation = SourcedRelation<TeamSource>;

/** What a member writes: an entity of the team's own, or additions to a bundled one. */
export interface TeamEntryFields {
  id: string;
  /** The bundled entity this entry adds to; name, type and summary are then optional. */
  extends?: string;
  name?: string;
  type?: EntityType;
  summary?: string;
  aliases: string[];
  facts: TeamFact[];
  relations: TeamRelation[];
  positions: TeamFact[];
  rules: AliasRule[];
}

export interface TeamEntry extends TeamEntryFields {
  addedBy: NoteAuthor;
  addedAt: string;
  changedBy: NoteAuthor;
  changedAt: string;
}

/** Largest entry, as JSON, a member may write or a peer's copy may hold to be shown. */
export const MAX_ENTRY_CHARS = 32_000;
/** Most entries a space's glossary is read with; past it, the rest are skipped with a warning. */
export const MAX_TEAM_ENTRIES = 20_000;
