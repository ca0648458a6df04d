// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_DELAY_MS, watchPointer, type MentionHit, type MentionIndex } from '../../../lib/page/card-trigger';

/**
 * happy-dom does no layout, so the page is laid out by hand: the term "CICIR" occupies
 * x 100–150, y 10–30, and the caret under a point is computed from that box.
 */
let text: Text;
let index: MentionIndex;
let stop: () => void;
const open = vi.fn<(hit: MentionHit, trigger: 'hover' | 'click') => void>();

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>Hosted by CICIR in 2015. <a href="#x">CICIR link</a></p>';
  text = document.querySelector('p')!.firstChild as Text;
  // Like the content script's store, the index hands out a fresh Range for every lookup.
  index = {
    at: (node, offset) => (node === text && offset >= 10 && offset < 15 ? { id: 'cicir', range: termRange() } : undefined),
  };
  document.caretPositionFromPoint = (x: number, y: number) =>
    caret(y >= 10 && y <= 30 ? Math.max(0, Math.min(25, Math.round(10 + (x - 100) / 10))) : 25);
  open.mockReset();
  // Every event here is synthetic; the content script counts only the browser's own.
  stop = watchPointer({ doc: document, index, open, accept: () => true });
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

function termRange(): Range {
  const range = document.createRange();
  range.setStart(text, 10);
  range.setEnd(text, 15);
  range.getClientRects = () => [new DOMRect(100, 10, 50, 20)] as unknown as DOMRectList;
  return range;
}
const opened = () => open.mock.calls.map(([hit, trigger]) => [hit.id, hit.range.toString(), trigger]);
const caret = (offset: number) => ({ offsetNode: text, offset, getClientRect: () => null }) as CaretPosition;
const move = (x: number, y: number, pointerType = 'mouse') => {
  document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType, bubbles: true }));
  vi.advanceTimersToNextFrame();
};
const click = (x: number, y: number, target: Element = document.querySelector('p')!) =>
  target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, button: 0 }));

describe('watchPointer', () => {
  it('ignores pointer moves and clicks a page script makes', () => {
    stop();
    stop = watchPointer({ doc: document, index, open });
    move(120, 20);
    vi.advanceTimersByTime(HOVER_DELAY_MS * 2);
    click(120, 20);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the card of a term the mouse rests on, after the hover delay', () => {
    move(120, 20);
    vi.advanceTimersByTime(HOVER_DELAY_MS - 20);
    expect(open).not.toHaveBeenCalled();
    move(125, 21);
    vi.advanceTimersByTime(20);
    expect(opened()).toEqual([['cicir', 'CICIR', 'hover']]);
  });

  it('does not open a card when the mouse only passes over the term', () => {
    move(120, 20);
    move(300, 20);
    vi.advanceTimersByTime(HOVER_DELAY_MS * 2);
    expect(open).not.toHaveBeenCalled();
  });

  it('ignores blank space whose nearest caret is inside the term', () => {
    move(120, 200);
    document.caretPositionFromPoint = () => caret(12);
    move(120, 200);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(open).not.toHaveBeenCalled();
  });

  it('finds the term when the caret falls just after its last character', () => {
    move(149, 20);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(opened()).toEqual([['cicir', 'CICIR', 'hover']]);
  });

  it('does not treat touch as hovering', () => {
    move(120, 20, 'touch');
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the card at once on a click on the term', () => {
    click(120, 20);
    expect(opened()).toEqual([['cicir', 'CICIR', 'click']]);
  });

  it('leaves clicks on links to the page', () => {
    click(120, 20, document.querySelector('a')!);
    expect(open).not.toHaveBeenCalled();
  });

  it('leaves a click that ends a text selection alone', () => {
    document.getSelection()!.selectAllChildren(document.querySelector('p')!);
    click(120, 20);
    expect(open).not.toHaveBeenCalled();
  });

  it('stops listening when stopped', () => {
    stop();
    click(120, 20);
    move(120, 20);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(open).not.toHaveBeenCalled();
  });
});
