/**
 * The in-page card: one per document, rendered into a closed shadow root beside the mention
 * it explains. Loaded only when a card first opens; the always-loaded content script reaches
 * it through `openCard` (see ./index.ts).
 */
import { createRef, render } from 'preact';
import { CARD_CSS } from '../../shared/card';
import type { CardBackend } from './card-backend';
import { CardDialog, type CardView } from './CardDialog';
import { watchDismissal } from './dismissal';
import { HOST_CSS } from './host-styles';
import { placeCard } from './place-card';
import { createShadowHost, type ShadowHost } from './shadow-host';
import { showUndoNotice, type UndoNotice } from './undo-notice';

export type CardTrigger = 'hover' | 'click' | 'keyboard';

export interface OpenCardRequest {
  entityId: string;
  /** The mention on the page; the card is placed beside it. */
  range: Range;
  /**
   * `hover` shows the card without taking focus and closes it when the pointer leaves;
   * `click` and `keyboard` move focus into it and return focus when it closes.
   */
  trigger: CardTrigger;
}

export interface CardHost {
  open(request: OpenCardRequest): Promise<void>;
  close(): void;
  /** The entity whose card is showing, if any. */
  readonly openEntityId: string | undefined;
}

const HEADING_ID = 'attache-card-heading';

interface Session {
  request: OpenCardRequest;
  /** Cards the reader came through by opening related entities; the last is showing. */
  trail: string[];
  view: CardView;
  sticky: boolean;
  returnFocus: Element | null;
  stopWatching(): void;
}

/** `tag`: the host element's name on this page (see lib/page-names). */
export function createCardHost(doc: Document, backend: CardBackend, tag: string): CardHost {
  const dialogRef = createRef<HTMLDivElement>();
  let shadow: ShadowHost | undefined;
  let session: Session | undefined;
  let resizeObserver: ResizeObserver | undefined;
  let undoNotice: UndoNotice | undefined;

  const current = (s: Session) => s.trail[s.trail.length - 1]!;

  function paint(s: Session) {
    if (!shadow) return;
    const entityId = current(s);
    const hideOnSite = backend.hideOnSite;
    // The page's wording belongs to the first card, not to related ones opened from it.
    const canHide = hideOnSite && s.trail.length === 1;
    render(
      <CardDialog
        view={s.view}
        headingId={HEADING_ID}
        dialogRef={dialogRef}
        onClose={() => close()}
        onBack={s.trail.length > 1 ? () => navigate(s, s.trail.slice(0, -1)) : undefined}
        onOpenEntity={(id) => navigate(s, [...s.trail, id])}
        onOpenSidePanel={(id) => {
          backend.openSidePanel(id, 'view');
          close();
        }}
        onAddNote={(id) => {
          backend.openSidePanel(id, 'add-note');
          close();
        }}
        // The card stays open: the reader comes back to it from the source's tab.
        onOpenSource={({ doc, start, end }) => backend.openSource({ doc, start, end })}
        blockTerm={
          canHide
            ? {
                text: termText(s.request.range),
                onBlock: () => {
                  const term = termText(s.request.range);
                  hideOnSite.call(backend, entityId);
                  close();
                  offerUndo(entityId, term);
                },
              }
            : undefined
        }
      />,
      shadow.container,
    );
    place(s);
  }

  function offerUndo(entityId: string, term: string) {
    const showOnSite = backend.showOnSite;
    if (!showOnSite) return;
    undoNotice?.remove();
    // The card's own tag with a suffix: still this page load's random name, and never the card's.
    undoNotice = showUndoNotice(doc, `${tag}u`, `“${term}” is no longer highlighted on this site.`, () =>
      showOnSite.call(backend, entityId),
    );
  }

  function place(s: Session) {
    const dialog = dialogRef.current;
    if (!shadow || !dialog || session !== s) return;
    const anchor = s.request.range.getClientRects()[0] ?? s.request.range.getBoundingClientRect();
    // The content's own height, not the box's: the box is already cut by the last placement,
    // and what it cut is the body's hidden overflow (the frame itself does not scroll).
    const body = dialog.querySelector('.ac-body');
    const hidden = body ? body.scrollHeight - body.clientHeight : 0;
    const size = { width: shadow.host.getBoundingClientRect().width, height: dialog.offsetHeight + hidden };
    shadow.moveTo(placeCard(anchor, size, viewportSize()));
  }

  /** What the page leaves visible: the window less its scrollbars (innerWidth counts them). */
  function viewportSize() {
    const view = doc.defaultView;
    const root = doc.documentElement;
    // In quirks mode the root's client box is the document's, not the viewport's.
    const standard = doc.compatMode === 'CSS1Compat';
    return {
      width: standard ? root.clientWidth : (view?.innerWidth ?? root.clientWidth),
      height: standard ? root.clientHeight : (view?.innerHeight ?? root.clientHeight),
    };
  }

  /**
   * The page scrolled or resized. A card stays beside its term while any of the term is in
   * view; once the term is gone (scrolled away, or removed by the page) the card closes, since
   * a card pinned to an edge would explain nothing the reader can see, and one that followed
   * the term out would take its close button along. Focus goes back without scrolling the page
   * back to where the reader started.
   */
  function follow(s: Session) {
    const r = s.request.range.getBoundingClientRect();
    const { width, height } = viewportSize();
    const gone = (r.width === 0 && r.height === 0) || r.bottom <= 0 || r.top >= height || r.right <= 0 || r.left >= width;
    if (gone) close(true, true);
    else place(s);
  }

  async function load(s: Session) {
    const id = current(s);
    const [details, notesCount] = await Promise.all([
      backend.getEntity(id),
      backend.countNotes(id).catch(() => undefined),
    ]);
    // The reader may have closed the card or moved on while the background answered.
    if (session !== s || current(s) !== id) return;
    s.view = details ? { status: 'ready', details, notesCount } : { status: 'missing' };
    paint(s);
  }

  function navigate(s: Session, trail: string[]) {
    s.trail = trail;
    s.view = { status: 'loading' };
    s.sticky = true;
    paint(s);
    dialogRef.current?.focus();
    void load(s);
  }

  /**
   * `handBack` false: another card replaces this one and takes focus itself; handing focus back
   * in between would scroll the page to where the reader started. `preventScroll`: the reader
   * scrolled away; focus goes back, the page stays where they took it.
   */
  function close(handBack = true, preventScroll = false) {
    const s = session;
    if (!s || !shadow) return;
    session = undefined;
    s.stopWatching();
    resizeObserver?.disconnect();
    const focusWasInside = doc.activeElement === shadow.host;
    render(null, shadow.container);
    shadow.detach();
    if (handBack && focusWasInside && s.returnFocus instanceof HTMLElement && s.returnFocus.isConnected) {
      s.returnFocus.focus({ preventScroll });
    }
  }

  async function open(request: OpenCardRequest) {
    const takesFocus = request.trigger !== 'hover';
    const previous = session;
    if (previous && previous.trail.length === 1 && previous.trail[0] === request.entityId && sameRange(previous.request.range, request.range)) {
      if (takesFocus) {
        previous.sticky = true;
        dialogRef.current?.focus();
      }
      return;
    }
    // A hover must not replace a card the reader is working in.
    if (previous?.sticky && !takesFocus) return;
    const returnFocus = previous ? previous.returnFocus : doc.activeElement;
    close(!takesFocus);

    shadow ??= createShadowHost(doc, tag, [CARD_CSS, HOST_CSS]);
    shadow.attach();
    const s: Session = {
      request,
      trail: [request.entityId],
      view: { status: 'loading' },
      sticky: takesFocus,
      returnFocus,
      stopWatching: () => {},
    };
    session = s;
    const host = shadow;
    s.stopWatching = watchDismissal({
      doc,
      shadow: host,
      anchor: request.range,
      isSticky: () => s.sticky,
      makeSticky: () => (s.sticky = true),
      close,
      reposition: () => follow(s),
    });
    if (typeof ResizeObserver !== 'undefined') {
      // Expanding a list or loading the card changes its height: keep it inside the viewport.
      resizeObserver ??= new ResizeObserver(() => session && place(session));
      resizeObserver.observe(host.host);
    }
    paint(s);
    if (takesFocus) dialogRef.current?.focus();
    await load(s);
  }

  return {
    open,
    close,
    get openEntityId() {
      return session && current(session);
    },
  };
}

function termText(range: Range): string {
  return range.toString().replace(/\s+/g, ' ').trim();
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
