import { describe, expect, it } from 'vitest';
import {
  canGoBack,
  canGoForward,
  currentView,
  goBack,
  goForward,
  openView,
  replaceView,
  type ViewHistory,
} from '../../../lib/app/history-nav/view-history';

const same = (a: string, b: string) => a === b;
const empty = (): ViewHistory<string> => ({ entries: [], index: -1 });
const openAll = (...views: string[]) => views.reduce((h, v) => openView(h, v, same), empty());

describe('view history', () => {
  it('starts empty, with nowhere to go', () => {
    const h = empty();
    expect(currentView(h)).toBeUndefined();
    expect(canGoBack(h) || canGoForward(h)).toBe(false);
    expect(goBack(h)).toBe(h);
  });

  it('goes back and forward through opened views', () => {
    let h = openAll('itu', 'sco', 'un-gge');
    expect(currentView(h)).toBe('un-gge');
    h = goBack(goBack(h));
    expect(currentView(h)).toBe('itu');
    expect(canGoBack(h)).toBe(false);
    h = goForward(h);
    expect(currentView(h)).toBe('sco');
    expect(canGoForward(h)).toBe(true);
  });

  it('drops the views ahead when a new one is opened after going back', () => {
    const h = openView(goBack(openAll('itu', 'sco')), 'cicir', same);
    expect(h.entries).toEqual(['itu', 'cicir']);
    expect(canGoForward(h)).toBe(false);
  });

  it('does not stack the view that is already open', () => {
    expect(openAll('itu', 'itu').entries).toEqual(['itu']);
  });

  it('replaces the current view in place', () => {
    const h = replaceView(openAll('itu', 'sco'), 'osce');
    expect(h.entries).toEqual(['itu', 'osce']);
    expect(replaceView(empty(), 'itu').entries).toEqual(['itu']);
  });

  it('keeps a bounded number of views', () => {
    const h = openAll(...Array.from({ length: 80 }, (_, i) => `e${i}`));
    expect(h.entries.length).toBeLessThan(80);
    expect(currentView(h)).toBe('e79');
    expect(h.entries[0]).not.toBe('e0');
  });
});
