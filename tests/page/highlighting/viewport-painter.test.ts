// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../lib/shared/corpus-format/corpus-schema';
import { ViewportPainter, type RangePainter } from '../../../lib/page/highlighting';

/** An IntersectionObserver driven by the test: `report` says which observed elements are near. */
function fakeObserverWindow() {
  const observed = new Set<Element>();
  let callback: (entries: IntersectionObserverEntry[]) => void = () => {};
  class FakeObserver {
    constructor(cb: (entries: IntersectionObserverEntry[]) => void) {
      callback = cb;
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve(el: Element) {
      observed.delete(el);
    }
    disconnect() {
      observed.clear();
    }
  }
  return {
    observed,
    // Timers run at once: the batching of observe() calls is not under test here.
    win: { IntersectionObserver: FakeObserver as unknown as typeof IntersectionObserver, setTimeout: (f: () => void) => f(), innerHeight: 800 },
    report(near: Element[], far: Element[] = []) {
      callback([...near.map((target) => ({ target, isIntersecting: true })), ...far.map((target) => ({ target, isIntersecting: false }))] as IntersectionObserverEntry[]);
    },
  };
}

function recordingPainter() {
  const painted = new Set<string>();
  const painter: RangePainter = {
    show: (type: EntityType, range: AbstractRange) => painted.add(`${type}:${(range.startContainer as Text).data}`),
    hide: (type: EntityType, range: AbstractRange) => painted.delete(`${type}:${(range.startContainer as Text).data}`),
  };
  return { painted, painter };
}

function bounds(range: AbstractRange) {
  return { startContainer: range.startContainer, range };
}

function rangeIn(el: Element): AbstractRange {
  const text = el.querySelector('b')?.firstChild ?? el.firstChild!;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 1);
  return range;
}

describe('ViewportPainter', () => {
  it('paints the mentions of the blocks near the viewport, and only those', () => {
    document.body.innerHTML = '<p id="a">alpha <b>bold</b></p><p id="b">beta</p>';
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const io = fakeObserverWindow();
    const { painted, painter } = recordingPainter();
    const gate = new ViewportPainter(painter, io.win, () => 0);
    const inA = { type: 'person' as const, ...bounds(rangeIn(a)) };
    const inB = { type: 'concept' as const, ...bounds(rangeIn(b)) };
    gate.show(inA);
    gate.show(inB);
    // One observed target per paragraph, even for a mention inside inline markup.
    expect([...io.observed]).toEqual([a, b]);
    expect(painted.size).toBe(0);
    io.report([a], [b]);
    expect([...painted]).toEqual(['person:bold']);
    io.report([b], [a]);
    expect([...painted]).toEqual(['concept:beta']);
    gate.hide(inB);
    expect(painted.size).toBe(0);
    expect([...io.observed]).toEqual([a]);
  });

  it('makes no range for a mention that never comes near, and observes new blocks in batches', () => {
    document.body.innerHTML = '<p id="a">alpha</p><p id="b">beta</p>';
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const io = fakeObserverWindow();
    const timers: (() => void)[] = [];
    const win = { ...io.win, setTimeout: (f: () => void) => timers.push(f) };
    const { painted, painter } = recordingPainter();
    const gate = new ViewportPainter(painter, win, () => 0);
    let made = 0;
    const lazy = (el: Element) => ({
      type: 'event' as const,
      startContainer: el.firstChild!,
      get range() {
        made++;
        return rangeIn(el);
      },
    });
    gate.show(lazy(a));
    gate.show(lazy(b));
    expect(io.observed.size).toBe(0);
    expect(timers).toHaveLength(1);
    timers.shift()!();
    expect([...io.observed]).toEqual([a, b]);
    io.report([a], [b]);
    expect([...painted]).toEqual(['event:alpha']);
    expect(made).toBe(1);
  });

  it('takes out the range of a mention whose text the page took out of its paragraph', () => {
    document.body.innerHTML = '<p id="a">alpha</p>';
    const a = document.getElementById('a')!;
    const io = fakeObserverWindow();
    const { painted, painter } = recordingPainter();
    const gate = new ViewportPainter(painter, io.win, () => 0);
    const mention = { type: 'person' as const, ...bounds(rangeIn(a)) };
    gate.show(mention);
    io.report([a]);
    expect([...painted]).toEqual(['person:alpha']);
    // A page rewriting `textContent` detaches the old text node: it has no parent any more.
    a.textContent = 'alpha again';
    gate.hide(mention);
    expect(painted.size).toBe(0);
    expect(io.observed.size).toBe(0);
  });
});
