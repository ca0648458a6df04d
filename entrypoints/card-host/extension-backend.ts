import type { CardBackend } from '../../lib/card-host';
import type { Request, ResponseMap } from '../../lib/messages';
import { createSettingsStore, setEntityHidden, siteOf } from '../../lib/settings';

function ask<T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
  return browser.runtime.sendMessage(request);
}

/**
 * The card's data and actions in the content-script world: corpus and notes through the
 * background, settings straight in extension storage (the content script follows its changes
 * and drops the hidden entity's highlights).
 */
export function extensionBackend(): CardBackend {
  const settings = createSettingsStore(browser.storage.local);
  return {
    getEntity: (id) => ask({ type: 'get-entity', id }),
    countNotes: async (entityId) => (await ask({ type: 'count-notes', entityId })) ?? undefined,
    openSidePanel(entityId, intent) {
      // Sent at once, inside the click: the background may open the panel only within it.
      ask({ type: 'open-side-panel', entityId, intent }).catch((error: unknown) =>
        console.warn('Attaché: side panel not opened:', error),
      );
    },
    hideOnSite(entityId) {
      const site = siteOf(location.href);
      settings
        .update((current) => setEntityHidden(current, site, entityId, true))
        .catch((error: unknown) => console.warn('Attaché: setting not saved:', error));
    },
  };
}
