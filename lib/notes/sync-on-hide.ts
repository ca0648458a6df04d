/**
 * Asks the background for a sync round when a notes page is hidden or unloads: the page's own
 * connection may close before the server acknowledged the last edits, and the background
 * round sends them (they are in IndexedDB already). `requestSync` sends the `sync-notes`
 * request (`browser.runtime.sendMessage({ type: 'sync-notes' })`). Returns a function that
 * stops listening.
 */
export function syncWhenPageHides(page: Pick<Window, 'addEventListener' | 'removeEventListener'>, requestSync: () => unknown): () => void {
  const onHide = () => {
    try {
      Promise.resolve(requestSync()).catch(() => undefined);
    } catch {
      // The background may be restarting; its periodic round follows within a minute.
    }
  };
  // visibilitychange is dispatched on the document and bubbles to the window.
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') onHide();
  };
  page.addEventListener('pagehide', onHide);
  page.addEventListener('visibilitychange', onVisibility);
  return () => {
    page.removeEventListener('pagehide', onHide);
    page.removeEventListener('visibilitychange', onVisibility);
  };
}
