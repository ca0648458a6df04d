import type { CardBackend } from '../../lib/card-host';
import type { Request, ResponseMap } from '../../lib/messages';

function ask<T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
  return browser.runtime.sendMessage(request);
}

/** The card's data and actions, over runtime messages to the background. */
export function messagingBackend(): CardBackend {
  return {
    getEntity: (id) => ask({ type: 'get-entity', id }),
    countNotes: async (entityId) => (await ask({ type: 'count-notes', entityId })) ?? undefined,
    openSidePanel(entityId, intent) {
      // Sent at once, inside the click: the background may open the panel only within it.
      ask({ type: 'open-side-panel', entityId, intent }).catch((error: unknown) =>
        console.warn('Attaché: side panel not opened:', error),
      );
    },
  };
}
