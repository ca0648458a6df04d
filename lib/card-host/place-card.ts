/**
 * Where the card goes: beside the mention, inside the viewport. Pure, in viewport coordinates
 * (what getBoundingClientRect gives and what `position: fixed` takes).
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

/** Space kept between the card and the viewport's edges, and between card and mention. */
export const CARD_MARGIN = 8;

/**
 * Below the mention when the card fits there, else above when it fits there, else on whichever
 * side has more room; left-aligned with the mention and shifted left when it would overflow.
 * A card taller than the viewport is pinned to the top margin (the card scrolls inside).
 */
export function placeCard(anchor: Box, card: Size, viewport: Size): { top: number; left: number } {
  const below = anchor.top + anchor.height + CARD_MARGIN;
  const roomBelow = viewport.height - below - CARD_MARGIN;
  const roomAbove = anchor.top - 2 * CARD_MARGIN;
  let top: number;
  if (card.height <= roomBelow) top = below;
  else if (card.height <= roomAbove) top = anchor.top - CARD_MARGIN - card.height;
  else top = roomBelow >= roomAbove ? below : CARD_MARGIN;
  top = clamp(top, CARD_MARGIN, viewport.height - CARD_MARGIN - card.height);

  const left = clamp(anchor.left, CARD_MARGIN, viewport.width - CARD_MARGIN - card.width);
  return { top: Math.round(top), left: Math.round(left) };
}

/** Like Math.min(Math.max(...)), but the lower bound wins when the range is empty. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
