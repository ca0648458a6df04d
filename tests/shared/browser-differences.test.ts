import { describe, expect, it } from 'vitest';
import { cardPanelRoute, showTargetThroughPopup, type PopupRouteApis } from '../../lib/shared/browser-differences';
import { popupEntityQuery, readPopupEntity } from '../../lib/shared/popup-address';

function fakeFirefox(sidebarOpen: boolean, calls: string[]): PopupRouteApis {
  return {
    sidebarAction: { isOpen: async ({ windowId }) => (calls.push(`isOpen ${windowId}`), sidebarOpen) },
    action: {
      setPopup: async ({ tabId, popup }) => void calls.push(`setPopup ${tabId} ${popup}`),
      openPopup: async (options) => void calls.push(`openPopup ${options?.windowId}`),
    },
  };
}

describe('browser differences', () => {
  it('opens the side panel from the card directly in Chrome, through the popup in Firefox', () => {
    expect(cardPanelRoute('chrome')).toBe('open');
    expect(cardPanelRoute('firefox')).toBe('through-popup');
  });

  it('opens the popup of the tab on the given page when the sidebar is closed, then restores the popup', async () => {
    const calls: string[] = [];
    expect(await showTargetThroughPopup(fakeFirefox(false, calls), { tabId: 4, windowId: 2 }, '/popup.html?entity=cicir')).toBe('popup');
    expect(calls).toEqual(['isOpen 2', 'setPopup 4 /popup.html?entity=cicir', 'openPopup 2', 'setPopup 4 null']);
  });

  it('leaves an open sidebar to follow the stored target', async () => {
    const calls: string[] = [];
    expect(await showTargetThroughPopup(fakeFirefox(true, calls), { tabId: 4, windowId: 2 }, '/popup.html')).toBe('sidebar');
    expect(calls).toEqual(['isOpen 2']);
  });

  it('restores the popup even when it cannot be opened', async () => {
    const calls: string[] = [];
    const apis = fakeFirefox(false, calls);
    apis.action.openPopup = async () => {
      throw new Error('no window');
    };
    await expect(showTargetThroughPopup(apis, { tabId: 4, windowId: 2 }, '/popup.html')).rejects.toThrow('no window');
    expect(calls.at(-1)).toBe('setPopup 4 null');
  });
});

describe('the popup address', () => {
  it('round-trips an entity id and refuses anything else', () => {
    expect(readPopupEntity(popupEntityQuery('budapest-convention'))).toBe('budapest-convention');
    expect(readPopupEntity('')).toBeUndefined();
    expect(readPopupEntity('?entity=')).toBeUndefined();
    expect(readPopupEntity('?entity=%3Cscript%3E')).toBeUndefined();
    expect(readPopupEntity('?entity=Budapest')).toBeUndefined();
  });
});
