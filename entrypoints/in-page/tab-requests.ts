import type { InPageController } from '../../lib/in-page';
import { isTabRequest, type TabResponseMap } from '../../lib/messages';

/** Answers the side panel: reveal an entity's next mention, list what the page mentions. */
export function answerTabRequests(controller: InPageController): void {
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isTabRequest(message)) return false;
    if (message.type === 'reveal-mention') {
      const found: TabResponseMap['reveal-mention'] = !!controller.navigate(message.direction ?? 'next', 'flash', message.id);
      sendResponse(found);
    } else if (message.type === 'get-page-mentions') {
      const counts: TabResponseMap['get-page-mentions'] = controller.store.counts();
      sendResponse(counts);
    }
    return false;
  });
}
