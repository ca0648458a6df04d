import type { InPageController } from '../../lib/page/highlighting';
import { tabRequestListener } from '../../lib/shared/message-channel';
import { quoteSelection } from '../../lib/page/selection';
import type { NoteMarksSession } from '../../lib/page/note-marks';

/**
 * Answers the side panel: reveal an entity's next mention (none before recognition starts); the passage selected in the page,
 * for a page note to quote (only the quote and its surroundings go out; no note text comes in);
 * showing the team notes' marks, and redrawing them when the notes changed.
 */
export function answerTabRequests(
  doc: Document,
  controller: () => InPageController | undefined,
  noteMarks: () => NoteMarksSession | undefined,
): void {
  browser.runtime.onMessage.addListener(
    tabRequestListener({
      'reveal-mention': (request) => !!controller()?.navigate(request.direction, 'flash', request.entityId),
      'get-selection': () => quoteSelection(doc),
      // Before the page is on (or on a page switched off) there are no marks to show.
      'show-note-marks': () => noteMarks()?.show() ?? null,
      'note-passages-changed': () => noteMarks()?.refresh(),
    }),
  );
}
