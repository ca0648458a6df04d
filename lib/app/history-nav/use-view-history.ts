import { useCallback, useMemo, useState } from 'preact/hooks';
import { canGoBack, canGoForward, currentView, goBack, goForward, openView, replaceView, type ViewHistory } from './view-history';
import type { HistoryNavProps } from './HistoryNav';

export interface ViewHistoryState<T> {
  /** Position in the history: changes with every move, also back to an equal view. */
  index: number;
  view: T;
  open(view: T): void;
  /** Changes the current view in place (a query being typed). */
  replace(view: T): void;
  /** What `HistoryNav` needs. */
  nav: HistoryNavProps;
}

/**
 * An extension page's views in a back/forward history, starting on the last of `start` (read
 * on the first render only) with the others behind it.
 */
export function useViewHistory<T>(start: readonly [T, ...T[]], same: (a: T, b: T) => boolean): ViewHistoryState<T> {
  const [history, setHistory] = useState<ViewHistory<T>>(() => ({ entries: start, index: start.length - 1 }));
  const open = useCallback((view: T) => setHistory((h) => openView(h, view, same)), [same]);
  const replace = useCallback((view: T) => setHistory((h) => replaceView(h, view)), []);
  const onBack = useCallback(() => setHistory(goBack), []);
  const onForward = useCallback(() => setHistory(goForward), []);
  const nav = useMemo(
    () => ({ canGoBack: canGoBack(history), canGoForward: canGoForward(history), onBack, onForward }),
    [history, onBack, onForward],
  );
  return { index: history.index, view: currentView(history) ?? start[0], open, replace, nav };
}
