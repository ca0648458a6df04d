/**
 * Back and forward through the views a reader opened (entities, searches), like a browser's
 * history: opening a view drops whatever lay ahead. Immutable, so a Preact state holds it.
 */
export interface ViewHistory<T> {
  readonly entries: readonly T[];
  /** Index of the current view; -1 while nothing has been opened. */
  readonly index: number;
}

const LIMIT = 50;

export function currentView<T>(history: ViewHistory<T>): T | undefined {
  return history.entries[history.index];
}

/** Opens `view`; reopening the current view changes nothing. */
export function openView<T>(history: ViewHistory<T>, view: T, same: (a: T, b: T) => boolean): ViewHistory<T> {
  const current = currentView(history);
  if (current !== undefined && same(current, view)) return history;
  const entries = [...history.entries.slice(0, history.index + 1), view].slice(-LIMIT);
  return { entries, index: entries.length - 1 };
}

/** Replaces the current view in place (a search whose query is being typed). */
export function replaceView<T>(history: ViewHistory<T>, view: T): ViewHistory<T> {
  if (history.index < 0) return { entries: [view], index: 0 };
  const entries = [...history.entries];
  entries[history.index] = view;
  return { entries, index: history.index };
}

export const canGoBack = (history: ViewHistory<unknown>) => history.index > 0;
export const canGoForward = (history: ViewHistory<unknown>) => history.index < history.entries.length - 1;

export function goBack<T>(history: ViewHistory<T>): ViewHistory<T> {
  return canGoBack(history) ? { ...history, index: history.index - 1 } : history;
}

export function goForward<T>(history: ViewHistory<T>): ViewHistory<T> {
  return canGoForward(history) ? { ...history, index: history.index + 1 } : history;
}
