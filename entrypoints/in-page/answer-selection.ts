import { isTabRequest, type TabResponseMap } from '../../lib/messages';
import { quoteSelection } from '../../lib/page-selection';

/**
 * Answers the side panel's `get-selection` with the passage selected in this page, for a page
 * note to quote. Only the quote and its surroundings go out; no note text ever comes in.
 */
export function answerSelectionRequests(doc: Document): void {
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isTabRequest(message) || message.type !== 'get-selection') return false;
    const selection: TabResponseMap['get-selection'] = quoteSelection(doc);
    sendResponse(selection);
    return false;
  });
}
