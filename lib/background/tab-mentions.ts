/**
 * What each tab has highlighted, from the `page-mentions` reports of its frames. Every frame
 * reports for itself and replaces its previous report; the tab's total adds the frames up.
 * The background turns it into the toolbar badge and the side panel's "On this page".
 */
import type { PageEntityCount, TabMentions } from '../shared/messages';

interface FrameReport {
  url: string;
  entities: PageEntityCount[];
}

export class TabMentionsTracker {
  private readonly tabs = new Map<number, Map<number, FrameReport>>();

  /** Records a frame's report and returns the tab's total. */
  report(tabId: number, frameId: number, url: string, entities: PageEntityCount[]): TabMentions {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, { url, entities });
    return this.total(frames);
  }

  /** The tab navigated or closed: its frames' reports no longer describe anything. */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  private total(frames: Map<number, FrameReport>): TabMentions {
    const counts = new Map<string, PageEntityCount>();
    // A PDF in the viewer gives the pages of each entity too; web pages give none.
    const pages = new Map<string, Set<number>>();
    // The top frame first, so that its wording of an entity is the one kept.
    const ordered = [...frames].sort(([a], [b]) => (a === 0 ? -1 : b === 0 ? 1 : a - b)).map(([, f]) => f);
    for (const frame of ordered) {
      for (const { id, count, form, pages: on } of frame.entities) {
        const known = counts.get(id);
        const merged = { id, count: (known?.count ?? 0) + count, form: known?.form ?? form };
        counts.set(id, merged.form === undefined ? { id, count: merged.count } : merged);
        if (!on) continue;
        let set = pages.get(id);
        if (!set) pages.set(id, (set = new Set()));
        for (const page of on) set.add(page);
      }
    }
    const top = frames.get(0) ?? frames.values().next().value!;
    return {
      url: top.url,
      entities: [...counts.values()].map((entry) => {
        const on = pages.get(entry.id);
        return on ? { ...entry, pages: [...on].sort((a, b) => a - b) } : entry;
      }),
    };
  }
}

/** The badge: how many distinct entities the page mentions, nothing when none. */
export function badgeText(mentions: TabMentions): string {
  const n = mentions.entities.length;
  return n === 0 ? '' : n > 999 ? '999+' : String(n);
}
