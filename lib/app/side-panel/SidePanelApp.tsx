import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageState } from './active-page';
import type { CorpusSnapshot } from '../../corpus/corpus-snapshot';
import type { Direction } from '../../shared/messages';
import type { SourcePlace } from '../../shared/source-reader/source-place';
import type { PanelTarget, StoredPanelTarget } from '../../shared/side-panel-target';
import { CorpusFailure, useCorpusSnapshot } from '../corpus-load';
import { HistoryNav, useViewHistory } from '../history-nav';
import { NotesSection } from '../notes-section';
import { SearchView } from '../search';
import { EntityDetail } from './EntityDetail';
import { groupPageMentions } from './page-groups';
import { PageMentions } from './PageMentions';
import { TypeLegend } from '../type-legend';
import { AddToTeamGlossary, TeamGlossaryView, useTeamSnapshot } from '../team-glossary';
import { useNotes } from '../notes/notes-context';
import { useObservable } from '../notes/space-hooks';

export interface SidePanelProps {
  loadSnapshot(): Promise<CorpusSnapshot>;
  /** Reports the described page now and on every change; returns a function that stops. */
  followPage(onChange: (page: PageState | undefined) => void): () => void;
  /** What openers ask the panel to show (popup, context menu, card), now and later. */
  followTargets(onTarget: (target: StoredPanelTarget) => void): () => void;
  /** Asks the tab to scroll to the entity's next or previous mention; false when it has none. */
  revealMention(tabId: number, entityId: string, direction: Direction): Promise<boolean>;
  /** Opens the source reader at an excerpt, in a new tab. */
  openSource(place: SourcePlace): void;
}

export type PanelView = { kind: 'page' } | PanelTarget;

const sameView = (a: PanelView, b: PanelView): boolean =>
  a.kind === b.kind &&
  (a.kind === 'page' ||
    (a.kind === 'entity' && a.entityId === (b as { entityId: string }).entityId) ||
    (a.kind === 'search' && a.query === (b as { query: string }).query) ||
    (a.kind === 'team-glossary' &&
      a.fromSelection === (b as { fromSelection?: boolean }).fromSelection &&
      a.name === (b as { name?: string }).name));

const HEADING_ID = 'sp-entity-name';

/** The side panel: what the page mentions, entities in full, search; back and forward between them. */
export function SidePanelApp({ loadSnapshot, followPage, followTargets, revealMention, openSource }: SidePanelProps) {
  const { snapshot: bundled, failure } = useCorpusSnapshot(loadSnapshot);
  // Searched, listed and shown with the team's entries; the editor checks against the bundled one.
  const snapshot = useTeamSnapshot(bundled);
  const { space } = useNotes();
  const readOnly = useObservable(space?.readOnly, false);
  const [page, setPage] = useState<PageState>();
  const [status, setStatus] = useState('');
  const history = useViewHistory<PanelView>([{ kind: 'page' }], sameView);
  const { view, replace } = history;
  const main = useRef<HTMLDivElement>(null);

  useEffect(() => followPage(setPage), [followPage]);
  useEffect(
    () => followTargets(({ target }) => history.open(target)),
    [followTargets, history.open],
  );

  const open = useCallback((view: PanelView) => {
    setStatus('');
    history.open(view);
  }, [history.open]);
  const openEntity = useCallback((entityId: string) => open({ kind: 'entity', entityId }), [open]);

  const groups = useMemo(
    () =>
      page?.mentions && snapshot
        ? groupPageMentions(page.mentions, (id) => snapshot.search.get(id))
        : [],
    [page, snapshot],
  );
  const pageCount = (id: string) => page?.mentions?.find((m) => m.id === id)?.count;

  const reveal = (entityId: string, direction: Direction = 'next') => {
    if (!page) return;
    const name = snapshot?.search.get(entityId)?.name ?? entityId;
    revealMention(page.tab.id, entityId, direction).then(
      (found) => setStatus(found ? '' : `${name} is no longer mentioned on the page.`),
      () => setStatus('The page does not answer. Reload it and try again.'),
    );
  };


  // Moving to another view puts keyboard and screen-reader users at its start; typing a query
  // or asking to add a note changes the view in place and moves nothing.
  const place = `${history.index}:${view.kind}:${view.kind === 'entity' ? view.entityId : ''}`;
  useEffect(() => {
    if (view.kind === 'entity') main.current?.focus({ preventScroll: true });
    main.current?.scrollTo?.(0, 0);
  }, [place]);

  if (failure) return <CorpusFailure class="sp-error" failure={failure} />;

  let body;
  if (view.kind === 'page') {
    body = (
      <>
        <PageMentions page={page} groups={groups} onReveal={(id) => reveal(id)} onOpen={openEntity} />
        {groups.length > 0 && <TypeLegend collapsed />}
        {page?.tab.url && /^https?:/i.test(page.tab.url) && (
          <NotesSection subject={{ kind: 'page', url: page.tab.url, tabId: page.tab.id }} />
        )}
      </>
    );
  } else if (view.kind === 'search') {
    body = (
      <SearchView
        key={history.index}
        search={snapshot?.search}
        recent={[]}
        initialQuery={view.query}
        autoFocus
        onOpen={openEntity}
        onQueryChange={(query) => replace({ kind: 'search', query })}
        renderNoResult={space && !readOnly ? (query) => <AddToTeamGlossary name={query} onAdd={() => open({ kind: 'team-glossary', name: query })} /> : undefined}
      />
    );
  } else if (view.kind === 'team-glossary') {
    body = (
      <TeamGlossaryView
        key={history.index}
        bundled={bundled?.entities ?? []}
        page={page?.tab}
        fromSelection={view.fromSelection ?? false}
        initialName={view.name}
      />
    );
  } else {
    const details = snapshot?.details(view.entityId);
    body = details ? (
      <EntityDetail
        details={details}
        headingId={HEADING_ID}
        pageCount={pageCount(view.entityId)}
        compose={view.intent === 'add-note'}
        onOpenEntity={openEntity}
        onReveal={(direction) => reveal(view.entityId, direction)}
        onAddNote={() => replace({ ...view, intent: 'add-note' })}
        onOpenSource={({ doc, start, end }) => openSource({ doc, start, end })}
      />
    ) : (
      <p class="sp-empty">{snapshot ? 'This entity is not in the corpus.' : 'Loading…'}</p>
    );
  }

  return (
    <div class="sp-panel">
      <header class="sp-toolbar">
        <HistoryNav {...history.nav} />
        <nav class="sp-places" aria-label="Side panel">
          <button type="button" class="sp-place" aria-current={view.kind === 'page' ? 'page' : undefined} onClick={() => open({ kind: 'page' })}>
            On this page
          </button>
          <button type="button" class="sp-place" aria-current={view.kind === 'search' ? 'page' : undefined} onClick={() => open({ kind: 'search', query: '' })}>
            Search
          </button>
          <button type="button" class="sp-place" aria-current={view.kind === 'team-glossary' ? 'page' : undefined} onClick={() => open({ kind: 'team-glossary' })}>
            Team glossary
          </button>
        </nav>
      </header>
      <div
        class="sp-main"
        ref={main}
        tabIndex={-1}
        aria-labelledby={view.kind === 'entity' ? HEADING_ID : undefined}
      >
        {body}
      </div>
      <p class="sp-status" role="status">
        {status}
      </p>
    </div>
  );
}
