import { describe, expect, it } from 'vitest';
import { followActivePage, parseRecordedMentions, type ActivePageApi, type PageState, type PageTab } from '../../../lib/app/side-panel/active-page';

/** A window whose tabs, active tab and recorded mentions the test changes, firing the events. */
function fakeWindow(tabs: PageTab[], recorded: Record<number, unknown>) {
  let active = tabs[0]!.id;
  // Every refresh starts by asking for the current tab, at once: counting the asks tells
  // whether an event started one, without waiting to see whether a report follows.
  let refreshes = 0;
  const listeners = { activated: new Set<() => void>(), updated: new Set<(id: number) => void>(), mentions: new Set<(id: number) => void>() };
  const on = <T>(set: Set<T>) => (listener: T) => {
    set.add(listener);
    return () => set.delete(listener);
  };
  const api: ActivePageApi = {
    currentTab: async () => {
      refreshes += 1;
      return tabs.find((t) => t.id === active);
    },
    onActivated: on(listeners.activated),
    onUpdated: on(listeners.updated),
    readMentions: async (id) => recorded[id],
    onMentionsChanged: on(listeners.mentions),
  };
  return {
    api,
    listeners,
    refreshes: () => refreshes,
    activate(id: number) {
      active = id;
      for (const l of listeners.activated) l();
    },
    navigate(id: number, url: string) {
      tabs.find((t) => t.id === id)!.url = url;
      for (const l of listeners.updated) l(id);
    },
    record(id: number, value: unknown) {
      recorded[id] = value;
      for (const l of listeners.mentions) l(id);
    },
  };
}

describe('following the active page', () => {
  it('reports the active tab with its recorded mentions, and again when another tab is activated', async () => {
    const win = fakeWindow([{ id: 1, url: 'https://a.example/' }, { id: 2, url: 'https://b.example/' }], {
      1: { url: 'https://a.example/', entities: [{ id: 'itu', count: 2 }] },
    });
    const seen: (PageState | undefined)[] = [];
    followActivePage(win.api, (s) => seen.push(s));
    await expect.poll(() => seen.at(-1)).toEqual({ tab: { id: 1, url: 'https://a.example/' }, mentions: [{ id: 'itu', count: 2 }] });
    win.activate(2);
    await expect.poll(() => seen.at(-1)).toEqual({ tab: { id: 2, url: 'https://b.example/' }, mentions: undefined });
  });

  it('follows navigation and new mentions of the described tab only', async () => {
    const win = fakeWindow([{ id: 1 }, { id: 2 }], {});
    const seen: (PageState | undefined)[] = [];
    followActivePage(win.api, (s) => seen.push(s));
    await expect.poll(() => seen).toHaveLength(1);
    const before = win.refreshes();
    win.record(2, { url: 'x', entities: [{ id: 'sco', count: 1 }] });
    win.navigate(2, 'https://elsewhere.example/');
    expect(win.refreshes()).toBe(before);
    win.record(1, { url: 'x', entities: [{ id: 'sco', count: 4 }] });
    await expect.poll(() => seen.at(-1)?.mentions).toEqual([{ id: 'sco', count: 4 }]);
    win.navigate(1, 'https://new.example/');
    await expect.poll(() => seen.at(-1)?.tab.url).toBe('https://new.example/');
    expect(seen).toHaveLength(3);
  });

  it('reports only the latest of overlapping refreshes', async () => {
    const win = fakeWindow([{ id: 1 }, { id: 2 }], {});
    // The first refresh's tab comes only when the test lets it, after the second has reported.
    let releaseFirst = () => {};
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let slowFirst = true;
    const reads = new Map<number, Promise<unknown>>();
    const api: ActivePageApi = {
      ...win.api,
      currentTab: async () => {
        const tab = await win.api.currentTab();
        if (slowFirst) {
          slowFirst = false;
          await firstHeld;
        }
        return tab;
      },
      readMentions: (id) => {
        const read = win.api.readMentions(id);
        reads.set(id, read);
        return read;
      },
    };
    const seen: (PageState | undefined)[] = [];
    followActivePage(api, (s) => seen.push(s));
    win.activate(2);
    await expect.poll(() => seen.map((s) => s?.tab.id)).toEqual([2]);
    releaseFirst();
    // The stale refresh has read tab 1's mentions; it awaited that read before this test did,
    // so by the time the test goes on, it has reported or dropped what it found.
    await expect.poll(() => reads.has(1)).toBe(true);
    await reads.get(1);
    expect(seen.map((s) => s?.tab.id)).toEqual([2]);
  });

  it('stops listening when asked', async () => {
    const win = fakeWindow([{ id: 1 }], {});
    const seen: unknown[] = [];
    const stop = followActivePage(win.api, (s) => seen.push(s));
    await expect.poll(() => seen).toHaveLength(1);
    stop();
    const before = win.refreshes();
    win.record(1, { url: 'x', entities: [{ id: 'itu', count: 1 }] });
    expect(win.refreshes()).toBe(before);
    expect(seen).toHaveLength(1);
    expect(win.listeners.activated.size + win.listeners.updated.size + win.listeners.mentions.size).toBe(0);
  });

  it('reads only well-formed records of mentions', () => {
    expect(parseRecordedMentions(undefined)).toBeUndefined();
    expect(parseRecordedMentions({ url: 'x' })).toBeUndefined();
    expect(parseRecordedMentions({ url: 'x', entities: [{ id: 'itu', count: 2 }, { id: 3, count: 1 }, { id: 'sco', count: 0 }] })).toEqual([
      { id: 'itu', count: 2 },
    ]);
  });
});
