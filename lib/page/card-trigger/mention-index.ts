/** The part of the content script's mention index the card trigger needs. */

export interface MentionHit {
  /** Entity id. */
  id: string;
  /** The mention's range in the page. */
  range: Range;
}

export interface MentionIndex {
  /**
   * The mention whose range contains the position (`node`, `offset`), start inclusive, end
   * exclusive; undefined when none does.
   */
  at(node: Node, offset: number): MentionHit | undefined;
}
