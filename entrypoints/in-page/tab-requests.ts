import type { InPageController } from '../../lib/page/highlighting';
import { tabRequestListener } from '../../lib/shared/message-channel';
import { quoteSelection } from '../../lib/page/selection';

/**
 * Answers the side panel: reveal an entity's next mention (none before recognition starts); the passage selected in the page,
 * for a page note to quote (only the quote and its surroundings go out; no note text comes in).
 */
export function answerTabRequests(doc: Document, controller: () => InPageController | undefined): void {
  browser.runtime.onMessage.addListener(
    tabRequestListener({
      'reveal-mention': (request) => !!controller()?.navigate(request.direction, 'flash', request.entityId),
      'get-selection': () => quoteSelection(doc),
    }),
  );
}
