import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CorpusSnapshot } from '../../corpus-snapshot';
import { readRecentLookups, recordRecentLookup, type KeyValueArea, type SearchEntry } from '../../search';
import type { PanelTarget } from '../../side-panel-target';
import {
  canGoBack,
  canGoForward,
  currentView,
  goBack,
  goForward,
  openView,
  type ViewHistory,
} from '../../view-history';
import { EntityCard } from '../card';
import { HistoryNav } from '../history-nav';
import { SearchView } from '../search';

export interface PopupProps {
  loadSnapshot(): Promise<CorpusSnapshot>;
  /** Where recent lookups are kept (browser.storage.local in the extension). */
  storage: KeyValueArea;
  /** Called within the reader's click: the side panel may only open inside a user gesture. */
  openInSidePanel(target: PanelTarget): void;
  /** Open on this entity's card (Firefox's in-page card opens the popup so), Back to search. */
  initialEntityId?: string;
}

type PopupView = { kind: 'search' } | { kind: 'entity'; id: string };

const sameView = (a: PopupView, b: PopupView) =>
  a.kind === b.kind && (a.kind === 'search' || a.id === (b as { id: string }).id);

const HEADING_ID = 'popup-entity-name';

/** The toolbar popup: search the corpus, open an entity's card, go back to the results. */
export function PopupApp({ loadSnapshot, storage, openInSidePanel, initialEntityId }: PopupProps) {
  const [snapshot, setSnapshot] = useState<CorpusSnapshot>();
  const [failure, setFailure] = useState<string>();
  const [recentIds, setRecentIds] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [history, setHistory] = useState<ViewHistory<PopupView>>(() =>
    initialEntityId
      ? { entries: [{ kind: 'search' }, { kind: 'entity', id: initialEntityId }], index: 1 }
      : { entries: [{ kind: 'search' }], index: 0 },
  );
  const heading = useRef<HTMLDivElement>(null);

  useEffect(() => {
    loadSnapshot().then(setSnapshot, (error: unknown) => setFailure(String((error as Error)?.message ?? error)));
    readRecentLookups(storage).then(setRecentIds, () => setRecentIds([]));
  }, [loadSnapshot, storage]);

  const recent = useMemo(
    () => recentIds.map((id) => snapshot?.search.get(id)).filter((e): e is SearchEntry => e !== undefined),
    [recentIds, snapshot],
  );

  const open = useCallback(
    (id: string) => {
      setHistory((h) => openView(h, { kind: 'entity', id }, sameView));
      recordRecentLookup(storage, id).then(setRecentIds, () => undefined);
    },
    [storage],
  );
  const back = useCallback(() => setHistory(goBack), []);
  const forward = useCallback(() => setHistory(goForward), []);

  const view = currentView(history) ?? { kind: 'search' };
  const details = view.kind === 'entity' ? snapshot?.details(view.id) : undefined;

  // Keyboard and screen-reader users land on the card they opened, not on the page's top.
  useEffect(() => {
    if (view.kind !== 'entity') return;
    heading.current?.focus({ preventScroll: true });
    window.scrollTo?.(0, 0);
  }, [view]);

  if (failure) {
    return (
      <p class="pp-error" role="alert">
        The corpus could not be loaded: {failure}
      </p>
    );
  }

  return (
    <div class="pp-popup">
      <h1 class="pp-title">Attaché</h1>
      <HistoryNav
        canGoBack={canGoBack(history)}
        canGoForward={canGoForward(history)}
        onBack={back}
        onForward={forward}
      />
      {view.kind === 'search' ? (
        <SearchView
          search={snapshot?.search}
          recent={recent}
          initialQuery={query}
          autoFocus
          onOpen={open}
          onQueryChange={setQuery}
        />
      ) : (
        <div ref={heading} tabIndex={-1} class="pp-entity" aria-labelledby={HEADING_ID}>
          {details ? (
            <EntityCard
              details={details}
              headingId={HEADING_ID}
              onOpenEntity={open}
              onOpenSidePanel={(id) => openInSidePanel({ kind: 'entity', entityId: id })}
              onAddNote={(id) => openInSidePanel({ kind: 'entity', entityId: id, intent: 'add-note' })}
            />
          ) : (
            <p class="pp-status">{snapshot ? 'This entity is not in the corpus.' : 'Loading…'}</p>
          )}
        </div>
      )}
    </div>
  );
}
