import { describe, expect, it } from 'vitest';
import { CARD_MARGIN, placeCard } from '../../lib/card-host/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };
const term = (top: number, left: number) => ({ top, left, width: 60, height: 20 });

describe('placeCard', () => {
  it('puts the card below the term, aligned with its left edge', () => {
    expect(placeCard(term(100, 200), card, viewport)).toEqual({ top: 100 + 20 + CARD_MARGIN, left: 200 });
  });

  it('puts it above a term near the bottom of the viewport', () => {
    expect(placeCard(term(700, 200), card, viewport)).toEqual({ top: 700 - CARD_MARGIN - 300, left: 200 });
  });

  it('shifts it left to stay inside the right edge', () => {
    expect(placeCard(term(100, 900), card, viewport).left).toBe(1000 - CARD_MARGIN - 380);
  });

  it('keeps it inside the viewport when it fits neither above nor below', () => {
    const tall = { width: 380, height: 500 };
    const { top } = placeCard(term(390, 10), tall, viewport);
    expect(top).toBeGreaterThanOrEqual(CARD_MARGIN);
    expect(top + tall.height).toBeLessThanOrEqual(viewport.height - CARD_MARGIN);
  });

  it('pins a card taller than the viewport to the top margin', () => {
    expect(placeCard(term(400, 10), { width: 380, height: 2000 }, viewport).top).toBe(CARD_MARGIN);
  });

  it('keeps the left margin in a viewport narrower than the card', () => {
    expect(placeCard(term(100, 50), card, { width: 300, height: 800 }).left).toBe(CARD_MARGIN);
  });
});
