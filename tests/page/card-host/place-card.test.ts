import { describe, expect, it } from 'vitest';
import { CARD_MARGIN, CARD_MAX_HEIGHT, placeCard, type Box, type Placement } from '../../../lib/page/card-host/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };
const term = (top: number, left: number): Box => ({ top, left, width: 60, height: 20 });

/** The card's box as shown: its natural height cut to the placement's maximum. */
const shownBox = (p: Placement, height: number) => ({ top: p.top, bottom: p.top + Math.min(height, p.maxHeight) });
const overlaps = (a: { top: number; bottom: number }, t: Box) => a.top < t.top + t.height && a.bottom > t.top;

describe('placeCard', () => {
  it('puts the card below the term, aligned with its left edge', () => {
    const p = placeCard(term(100, 200), card, viewport);
    expect(p).toMatchObject({ top: 100 + 20 + CARD_MARGIN, left: 200 });
    expect(p.maxHeight).toBeGreaterThanOrEqual(card.height);
  });

  it('puts it above a term near the bottom of the viewport', () => {
    const p = placeCard(term(700, 200), card, viewport);
    expect(p.top).toBe(700 - CARD_MARGIN - 300);
    expect(shownBox(p, card.height).bottom).toBeLessThanOrEqual(700 - CARD_MARGIN);
  });

  it('shifts it left to stay inside the right edge', () => {
    expect(placeCard(term(100, 900), card, viewport).left).toBe(1000 - CARD_MARGIN - 380);
  });

  it('cuts a card that fits on neither side to the larger side, never covering the term', () => {
    const tall = { width: 380, height: 2000 };
    for (const t of [term(16, 10), term(390, 10), term(760, 10)]) {
      const p = placeCard(t, tall, viewport);
      const box = shownBox(p, tall.height);
      expect(overlaps(box, t)).toBe(false);
      expect(box.top).toBeGreaterThanOrEqual(CARD_MARGIN);
      expect(box.bottom).toBeLessThanOrEqual(viewport.height - CARD_MARGIN);
    }
  });

  it('never grows taller than a glance', () => {
    const p = placeCard(term(10, 10), { width: 380, height: 2000 }, { width: 1000, height: 3000 });
    expect(p.maxHeight).toBe(CARD_MAX_HEIGHT);
  });

  it('keeps the left margin in a viewport narrower than the card', () => {
    expect(placeCard(term(100, 50), card, { width: 300, height: 800 }).left).toBe(CARD_MARGIN);
  });
});
