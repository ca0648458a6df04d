/**
 * Where the card goes: beside the mention, inside the viewport, never over the mention. Pure,
 * in viewport coordinates (what getBoundingClientRect gives and what `position: fixed` takes).
 */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The card scrolls inside beyond this height. */
  maxHeight: number;
}

/** Space kept between the card and the viewport's edges, and between card and mention. */
export const CARD_MARGIN = 8;
/** A card is a glance, not a page: longer content scrolls inside it. */
export const CARD_MAX_HEIGHT = 520;

/**
 * Below the mention when the card fits there, else above when it fits there, else on
 * whichever side has more room, cut to that room. Left-aligned with the mention and shifted
 * left when it would overflow. `card.height` is the content's natural height, uncut.
 */
export function placeCard(anchor: Box, card: Size, viewport: Size): Placement {
  const height = Math.min(card.height, CARD_MAX_HEIGHT);
  const below = anchor.top + anchor.height + CARD_MARGIN;
  const roomBelow = Math.max(0, viewport.height - CARD_MARGIN - below);
  const roomAbove = Math.max(0, anchor.top - 2 * CARD_MARGIN);
  const useBelow = height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove);
  const room = useBelow ? roomBelow : roomAbove;
  const shown = Math.min(height, room);
  const top = useBelow ? below : anchor.top - CARD_MARGIN - shown;
  const left = Math.max(CARD_MARGIN, Math.min(anchor.left, viewport.width - CARD_MARGIN - card.width));
  return { top: Math.round(top), left: Math.round(left), maxHeight: Math.floor(Math.min(room, CARD_MAX_HEIGHT)) };
}
