import type { ActivePageApi, PageTab } from '../../lib/app/side-panel/active-page';
import { tabMentionsKey, tabOfMentionsKey } from '../../lib/shared/messages';

const pageTab = (tab: { id?: number; url?: string; title?: string } | undefined): PageTab | undefined =>
  tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };

/**
 * The browser side of `followActivePage`. `pinnedTab` makes the panel describe that one tab
 * whatever is active: how a panel opened as an ordinary tab (tests, debugging) is pointed at a page.
 */
export function browserActivePageApi(windowId: number | undefined, pinnedTab: number | undefined): ActivePageApi {
  return {
    async currentTab() {
      if (pinnedTab !== undefined) return pageTab(await browser.tabs.get(pinnedTab).catch(() => undefined));
      const [tab] = await browser.tabs.query({ active: true, ...(windowId === undefined ? { currentWindow: true } : { windowId }) });
      return pageTab(tab);
    },
    onActivated(listener) {
      if (pinnedTab !== undefined) return () => undefined;
      const onActivated = (info: { windowId: number }) => {
        if (windowId === undefined || info.windowId === windowId) listener();
      };
      browser.tabs.onActivated.addListener(onActivated);
      return () => browser.tabs.onActivated.removeListener(onActivated);
    },
    onUpdated(listener) {
      const onUpdated = (tabId: number, change: { url?: string; title?: string; status?: string }) => {
        if (change.url !== undefined || change.title !== undefined || change.status === 'complete') listener(tabId);
      };
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => browser.tabs.onUpdated.removeListener(onUpdated);
    },
    async readMentions(tabId) {
      const key = tabMentionsKey(tabId);
      return (await browser.storage.session.get(key))[key];
    },
    onMentionsChanged(listener) {
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'session') return;
        for (const key of Object.keys(changes)) {
          const tabId = tabOfMentionsKey(key);
          if (tabId !== undefined) listener(tabId);
        }
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
