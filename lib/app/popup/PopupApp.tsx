import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CorpusSnapshot } from '../../corpus/corpus-snapshot';
import { readRecentLookups, recordRecentLookup, type RecentLookupsArea, type SearchEntry } from '../../corpus/search';
import type { PanelTarget } from '../../shared/side-panel-target';
import type { SourcePlace } from '../../shared/source-reader/source-place';
import { EntityCard } from '../../shared/card';
import { CorpusFailure, useCorpusSnapshot } from '../corpus-load';
import { HistoryNav, useViewHistory } from '../history-nav';
import { SearchView } from '../search';
import { AddToTeamGlossary, withTeamGlossary } from '../team-glossary';
import type { TeamEntry } from '../../notes/team-glossary';

export interface PopupProps {
  loadSnapshot(): Promise<CorpusSnapshot>;
  /** Where recent lookups are kept (browser.storage.local in the extension). */
  storage: RecentLookupsArea;
  /** Called within the reader's click: the side panel may only open inside a user gesture. */
  openInSidePanel(target: PanelTarget): void;
  /** Opens the source reader at an excerpt, in a new tab. */
  openSource(place: SourcePlace): void;
  /** The team glossary this device holds; null when the member is in no team space. */
  loadTeamGlossary?(): Promise<readonly TeamEntry[] | null>;
  /** Open on this entity's card (Firefox's in-page card opens the popup so), Back to search. */
  initialEntityId?: string;
}

type PopupView = { kind: 'search' } | { kind: 'entity'; id: string };

const sameView = (a: PopupView, b: PopupView) =>
  a.kind === b.kind && (a.kind === 'search' || a.id === (b as { id: string }).id);

const HEADING_ID = 'popup-entity-name';

/** The toolbar popup: search the corpus, open an entity's card, go back to the results. */
export function PopupApp({ loadSnapshot, loadTeamGlossary, storage, openInSidePanel, openSource, initialEntityId }: PopupProps) {
  const { snapshot: bundled, failure } = useCorpusSnapshot(loadSnapshot);
  const [team, setTeam] = useState<readonly TeamEntry[] | null>(null);
  useEffect(() => {
    loadTeamGlossary?.().then(setTeam, (error: unknown) => console.error('Attaché: team glossary not read:', error));
  }, [loadTeamGlossary]);
  const snapshot = useMemo(() => bundled && withTeamGlossary(bundled, team ?? []), [bundled, team]);
  const [recentIds, setRecentIds] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const { view, open: openInHistory, nav } = useViewHistory<PopupView>(
    initialEntityId ? [{ kind: 'search' }, { kind: 'entity', id: initialEntityId }] : [{ kind: 'search' }],
    sameView,
  );
  const heading = useRef<HTMLDivElement>(null);

  useEffect(() => {
    readRecentLookups(storage).then(setRecentIds, () => setRecentIds([]));
  }, [storage]);

  const recent = useMemo(
    () => recentIds.map((id) => snapshot?.search.get(id)).filter((e): e is SearchEntry => e !== undefined),
    [recentIds, snapshot],
  );

  const open = useCallback(
    (id: string) => {
      openInHistory({ kind: 'entity', id });
      recordRecentLookup(storage, id).then(setRecentIds, () => undefined);
    },
    [storage, openInHistory],
  );

  const details = view.kind === 'entity' ? snapshot?.details(view.id) : undefined;

  // Keyboard and screen-reader users land on the card they opened, not on the page's top.
  useEffect(() => {
    if (view.kind !== 'entity') return;
    heading.current?.focus({ preventScroll: true });
    window.scrollTo?.(0, 0);
  }, [view]);

  if (failure) return <CorpusFailure class="pp-error" failure={failure} />;

  return (
    <div class="pp-popup">
      <h1 class="pp-title">Attaché</h1>
      <HistoryNav {...nav} />
      {view.kind === 'search' ? (
        <SearchView
          search={snapshot?.search}
          recent={recent}
          initialQuery={query}
          autoFocus
          onOpen={open}
          onQueryChange={setQuery}
          renderNoResult={
            team
              ? (name) => <AddToTeamGlossary name={name} onAdd={() => openInSidePanel({ kind: 'team-glossary', name })} />
              : undefined
          }
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
              onOpenSource={({ doc, start, end }) => openSource({ doc, start, end })}
            />
          ) : (
            <p class="pp-status">{snapshot ? 'This entity is not in the corpus.' : 'Loading…'}</p>
          )}
        </div>
      )}
    </div>
  );
}
