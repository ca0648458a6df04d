/**
 * The page the side panel describes: the active tab of its window (or one tab it is pinned
 * to), with what Attaché recognised there. Follows tab switches, navigation and the mentions
 * the background records as the page changes. Browser APIs come in through `ActivePageApi`,
 * so the following logic is tested without a browser.
 */
import { isEntityCount, type PageEntityCount } from '../../shared/messages';

export interface PageTab {
  id: number;
  url?: string;
  title?: string;
}

export interface PageState {
  tab: PageTab;
  /** Undefined while nothing is recorded for the page: not read by Attaché, or not yet. */
  mentions: PageEntityCount[] | undefined;
}

export interface ActivePageApi {
  /** The tab to describe now; undefined when there is none (a window without tabs). */
  currentTab(): Promise<PageTab | undefined>;
  /** Another tab became active in the panel's window. Returns a function that stops listening. */
  onActivated(listener: () => void): () => void;
  /** A tab navigated or changed its title. */
  onUpdated(listener: (tabId: number) => void): () => void;
  /** The recorded mentions of a tab, as stored (validated here). */
  readMentions(tabId: number): Promise<unknown>;
  /** The recorded mentions of a tab changed. */
  onMentionsChanged(listener: (tabId: number) => void): () => void;
}

/** The entities of a stored `{ url, entities }` record; undefined for anything else. */
export function parseRecordedMentions(value: unknown): PageEntityCount[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { entities } = value as { entities?: unknown };
  return Array.isArray(entities) ? entities.filter(isEntityCount) : undefined;
}

/** Calls `onChange` with the page now and after every change; returns a function that stops. */
export function followActivePage(api: ActivePageApi, onChange: (state: PageState | undefined) => void): () => void {
  let current: number | undefined;
  let latest = 0;
  let stopped = false;

  // Events can arrive faster than tabs and storage answer: only the latest refresh reports.
  const refresh = async () => {
    const ticket = ++latest;
    try {
      const tab = await api.currentTab();
      const mentions = tab ? parseRecordedMentions(await api.readMentions(tab.id)) : undefined;
      if (ticket !== latest || stopped) return;
      current = tab?.id;
      onChange(tab && { tab, mentions });
    } catch (error) {
      if (ticket === latest && !stopped) console.error('Attaché: active page not read:', error);
    }
  };
  const ifCurrent = (tabId: number) => {
    if (tabId === current) void refresh();
  };

  const stops = [api.onActivated(() => void refresh()), api.onUpdated(ifCurrent), api.onMentionsChanged(ifCurrent)];
  void refresh();
  return () => {
    stopped = true;
    for (const stop of stops) stop();
  };
}
