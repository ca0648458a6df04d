/**
 * The "Look up in Attaché" context-menu item on selected text: opens the side panel on the
 * entity the selection names, or on a search for it. "Add to team glossary" opens it on a new
 * team entry whose source is the selected passage.
 */
import type { Browser } from 'wxt/browser';
import type { CorpusSnapshot } from '../../lib/corpus/corpus-snapshot';
import { LOOK_UP_MENU_ID, LOOK_UP_MENU_TITLE, lookUpTarget, type LookUpClick } from '../../lib/background/look-up-selection';
import { TEAM_GLOSSARY_MENU_ID, TEAM_GLOSSARY_MENU_TITLE } from '../../lib/background/team-glossary-menu';
import { panelOpenerApis, showInSidePanel, storePanelTarget } from '../../lib/shared/show-in-side-panel';

type MenuClickHandler = (info: LookUpClick, tab?: Pick<Browser.tabs.Tab, 'windowId'>) => Promise<void>;

/** `otherItems`: the extension's other context-menu items, created after the same clean-up. */
export function setUpLookUpMenu(
  loadSnapshot: () => Promise<CorpusSnapshot>,
  otherItems: readonly Browser.contextMenus.CreateProperties[] = [],
): MenuClickHandler {
  browser.runtime.onInstalled.addListener(() => {
    // An update keeps the items of the previous version: replace rather than add.
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: LOOK_UP_MENU_ID, title: LOOK_UP_MENU_TITLE, contexts: ['selection'] });
      browser.contextMenus.create({ id: TEAM_GLOSSARY_MENU_ID, title: TEAM_GLOSSARY_MENU_TITLE, contexts: ['selection'] });
      for (const item of otherItems) browser.contextMenus.create(item);
    });
  });

  const panel = panelOpenerApis(browser);
  const onClick: MenuClickHandler = async (info, tab) => {
    if (info.menuItemId === TEAM_GLOSSARY_MENU_ID) {
      // The panel takes the selection from the tab itself, with the text around it.
      if (tab?.windowId !== undefined) {
        showInSidePanel(panel, tab.windowId).catch((error: unknown) => console.error('Attaché: side panel not opened:', error));
      }
      await storePanelTarget(panel, { kind: 'team-glossary', fromSelection: true });
      return;
    }
    if (info.menuItemId !== LOOK_UP_MENU_ID) return;
    // Opened before anything is awaited: the panel may open only within the reader's click.
    if (tab?.windowId !== undefined) {
      showInSidePanel(panel, tab.windowId).catch((error: unknown) =>
        console.error('Attaché: side panel not opened:', error),
      );
    }
    const target = lookUpTarget((await loadSnapshot()).search, info);
    if (target) await storePanelTarget(panel, target);
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onClick(info, tab).catch((error: unknown) => console.error('Attaché: look-up failed:', error));
  });
  return onClick;
}
