/**
 * The names Attaché gives what a page can see of it: its highlights in the page's
 * `CSS.highlights` registry (shared between the page and the content script) and the tags of
 * the elements it adds to the page (card, live region, notice). They are drawn at random for
 * each page load, so that no name says "attache" nor stays the same from one load or reader to
 * the next: a page cannot look Attaché up by name.
 */
import { ENTITY_TYPES, type EntityType } from '../corpus-format/corpus-schema';

/**
 * What a highlight stands for: an entity type, the mention reached by keyboard, a flash, or the
 * passages team notes are on.
 */
export type HighlightKey = EntityType | 'current' | 'flash' | 'note';

export const HIGHLIGHT_KEYS: readonly HighlightKey[] = [...ENTITY_TYPES, 'current', 'flash', 'note'];

export interface PageNames {
  /** Registry name per highlight: a CSS identifier, as `::highlight()` needs. */
  highlights: Record<HighlightKey, string>;
  /** Tag names of the elements added to the page: valid custom-element names. */
  cardTag: string;
  announcerTag: string;
  noticeTag: string;
  /** The tip shown by a passage team notes are on. */
  noteTipTag: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHANUMERIC = `${LETTERS}0123456789`;

/** `random()` returns numbers in [0, 1), as Math.random does. */
export function randomPageNames(random: () => number = Math.random): PageNames {
  const taken = new Set<string>();
  const draw = (length: number): string => {
    for (;;) {
      let name = LETTERS[Math.floor(random() * LETTERS.length)]!;
      while (name.length < length) name += ALPHANUMERIC[Math.floor(random() * ALPHANUMERIC.length)]!;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
  const tag = () => `${draw(4)}-${draw(6)}`;
  const highlights = Object.fromEntries(HIGHLIGHT_KEYS.map((key) => [key, draw(10)])) as Record<HighlightKey, string>;
  return { highlights, cardTag: tag(), announcerTag: tag(), noticeTag: tag(), noteTipTag: tag() };
}

const IDENTIFIER = /^[a-z][a-z0-9]{5,31}$/;

/** Whether `value` is a set of highlight names as randomPageNames draws them (checked where they enter). */
export function isHighlightNames(value: unknown): value is Record<HighlightKey, string> {
  if (typeof value !== 'object' || value === null) return false;
  const names = value as Record<string, unknown>;
  return (
    Object.keys(names).length === HIGHLIGHT_KEYS.length &&
    HIGHLIGHT_KEYS.every((key) => typeof names[key] === 'string' && IDENTIFIER.test(names[key]))
  );
}
