import { describe, expect, it } from 'vitest';
import { badgeText, TabMentionsTracker } from '../../lib/background/tab-mentions';

describe('TabMentionsTracker', () => {
  it('adds up the frames of a tab and replaces a frame\'s earlier report', () => {
    const tracker = new TabMentionsTracker();
    tracker.report(7, 0, 'https://a.org/', [{ id: 'un', count: 2 }]);
    tracker.report(7, 3, 'https://ads.org/', [{ id: 'un', count: 1 }, { id: 'eu', count: 1 }]);
    const total = tracker.report(7, 0, 'https://a.org/', [{ id: 'un', count: 5 }]);
    expect(total).toEqual({ url: 'https://a.org/', entities: [{ id: 'un', count: 6 }, { id: 'eu', count: 1 }] });
    expect(badgeText(total)).toBe('2');
  });

  it('keeps the pages a PDF in the viewer gives for each entity', () => {
    const tracker = new TabMentionsTracker();
    const total = tracker.report(4, 0, 'chrome-extension://x/pdf-viewer.html?file=a.pdf', [
      { id: 'apcert', count: 3, pages: [1, 4] },
      { id: 'cicir', count: 1, pages: [2] },
    ]);
    expect(total.entities).toEqual([
      { id: 'apcert', count: 3, pages: [1, 4] },
      { id: 'cicir', count: 1, pages: [2] },
    ]);
  });

  it('keeps the top frame’s wording of an entity over a subframe’s', () => {
    const tracker = new TabMentionsTracker();
    tracker.report(7, 3, 'https://ads.org/', [{ id: 'un', count: 1, form: 'U.N.' }, { id: 'eu', count: 1, form: 'EU' }]);
    const total = tracker.report(7, 0, 'https://a.org/', [{ id: 'un', count: 2, form: 'United Nations' }]);
    expect(total.entities).toEqual([
      { id: 'un', count: 3, form: 'United Nations' },
      { id: 'eu', count: 1, form: 'EU' },
    ]);
  });

  it('keeps tabs apart and starts over after a tab is forgotten', () => {
    const tracker = new TabMentionsTracker();
    tracker.report(1, 0, 'https://a.org/', [{ id: 'un', count: 1 }]);
    tracker.forget(1);
    const total = tracker.report(1, 0, 'https://b.org/', []);
    expect(total).toEqual({ url: 'https://b.org/', entities: [] });
    expect(badgeText(total)).toBe('');
    expect(tracker.report(2, 0, 'https://c.org/', [{ id: 'eu', count: 1 }]).entities).toEqual([{ id: 'eu', count: 1 }]);
  });
});
