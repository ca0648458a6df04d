import type { CardBackend } from '../../lib/page/card-host';
import { createSettingsStore, setEntityHidden, siteOf } from '../../lib/shared/settings';

import { askBackground as ask } from '../in-page/ask-background';

/**
 * The card's data and actions in the content-script world: corpus and notes through the
 * background, settings straight in extension storage (the content script follows its changes
 * and drops the hidden entity's highlights).
 */
export function extensionBackend(): CardBackend {
  const settings = createSettingsStore(browser.storage.local);
  const setHidden = (entityId: string, hidden: boolean) => {
    const site = siteOf(location.href);
    settings
      .update((current) => setEntityHidden(current, site, entityId, hidden))
      .catch((error: unknown) => console.warn('Attaché: setting not saved:', error));
  };
  return {
    getEntity: (id) => ask({ type: 'get-entity', entityId: id }),
    countNotes: async (entityId) => (await ask({ type: 'count-notes', entityId })) ?? undefined,
    openSidePanel(entityId, intent) {
      // Sent at once, inside the click: the background may open the panel only within it.
      ask({ type: 'open-side-panel', entityId, intent }).catch((error: unknown) =>
        console.warn('Attaché: side panel not opened:', error),
      );
    },
    openSource(place) {
      ask({ type: 'open-source', place }).catch((error: unknown) => console.warn('Attaché: source not opened:', error));
    },
    hideOnSite: (entityId) => setHidden(entityId, true),
    showOnSite: (entityId) => setHidden(entityId, false),
  };
}
