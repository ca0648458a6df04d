/**
 * The card UI, injected into a page's content-script world the first time a card opens there
 * (the background injects it on `load-card-host`). Registers itself for the content script.
 */
import { createCardHost } from '../../lib/page/card-host';
import { registerCardHost, registeredCardHost } from '../../lib/page/card-trigger';
import { extensionBackend } from './extension-backend';

export default defineUnlistedScript(() => {
  // Two cards asked for at once can inject the script twice; the first registration stands.
  if (registeredCardHost()) return;
  registerCardHost((tag) => {
    const host = createCardHost(document, extensionBackend(), tag);
    return {
      openCard: (hit, trigger) => host.open({ entityId: hit.id, range: hit.range, trigger }),
      closeCard: () => host.close(),
    };
  });
});
