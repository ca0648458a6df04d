/**
 * The corpus as it crosses boundaries: written by `npm run corpus` into public/corpus.json,
 * shipped with the extension, loaded into IndexedDB. Declared once; every reader imports it.
 */

export const ENTITY_TYPES = [
  'organization',
  'person',
  'instrument',
  'concept',
  'event',
  'process',
  'country',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** An entity id: lowercase words of letters and digits joined by hyphens ("un-gge"). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** File name of one of the five source documents in seeds/, e.g. "000_f8bf8a2838953af0.txt". */
export type SourceDoc = string;

/** A statement from the sources, with the document it comes from. */
export interface Fact {
  text: string;
  source: SourceDoc;
}

export interface Relation {
  /** Verb phrase read as "<entity> <type> <target>": "member of", "hosted by", "party to". */
  type: string;
  target: string;
  source: SourceDoc;
}

/** A place in a source document where the entity is mentioned. */
export interface SourceExcerpt {
  doc: SourceDoc;
  /** Character offsets of the mention in the verbatim document. */
  start: number;
  end: number;
  /** The sentence around the mention, with PDF line breaks and hyphenation undone. */
  quote: string;
}

/**
 * How an alias is recognised. Most aliases need no rule; these are the exceptions.
 * - `ambiguous`: the form also means other things (ARF, Kerry, ITU); it counts only where
 *   the surrounding text is about the field.
 * - `cues`: the form is shared with another entity; it counts for this one only where one of
 *   these words appears near it.
 * - `introduced`: the form (a surname: "Yang") counts only where the entity is also named
 *   unambiguously in the same text ("Yang Jiechi"), never on the strength of the field alone.
 */
export interface AliasRule {
  form: string;
  ambiguous?: boolean;
  cues?: string[];
  introduced?: boolean;
}

export interface Entity {
  id: string;
  /** The full official name, as the sources give it. */
  name: string;
  /**
   * The form a reader knows it by ("UN GGE", "Budapest Convention"): the title of cards and
   * rows. Always `name` itself or one of `aliases`, so it is a form the sources use.
   */
  shortName: string;
  type: EntityType;
  /** Every other surface form, acronyms included: all are recognised and searched. */
  aliases: string[];
  /**
   * Those of `aliases` that are only another spelling of a form ("UN-GGE", "GGEs",
   * "Organisation"): recognised and searched like the rest, never shown as another name.
   */
  variants: string[];
  summary: string;
  facts: Fact[];
  relations: Relation[];
  /** Positions the texts attribute to a country or organisation. */
  positions: Fact[];
  /** Forms of `name` or `aliases` that need a recognition rule. */
  rules: AliasRule[];
  sources: SourceExcerpt[];
}

/** An entity as curated in seeds/glossary/: everything but the excerpts the build finds. */
export type GlossaryEntity = Omit<Entity, 'sources'>;

export interface Corpus {
  /** Content hash of the corpus: changes exactly when the data changes. */
  version: string;
  entities: Entity[];
}
