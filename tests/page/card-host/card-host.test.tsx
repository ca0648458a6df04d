// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardHost, type CardBackend, type CardHost } from '../../../lib/page/card-host';
import { createRelationIndex } from '../../../lib/shared/card/entity-details';
import { cicir, corpus } from '../../shared/card/fixtures';

/** The host element's tag, random on a real page. */
const HOST_TAG = 'wxyz-card42';

const index = createRelationIndex(corpus);

function fakeBackend(notes: Record<string, number> = {}) {
  return {
    getEntity: vi.fn(async (id: string) => {
      const entity = corpus.find((e) => e.id === id);
      return entity ? index.details(entity) : null;
    }),
    countNotes: vi.fn(async (id: string) => notes[id]),
    openSidePanel: vi.fn(),
    openSource: vi.fn(),
    hideOnSite: vi.fn(),
    showOnSite: vi.fn(),
  } satisfies CardBackend;
}

let roots: ShadowRoot[];
let host: CardHost;
let backend: ReturnType<typeof fakeBackend>;

beforeEach(() => {
  document.body.innerHTML = '<button id="before">before</button><p id="text">Hosted by <b>CICIR</b> in 2015.</p>';
  roots = [];
  // The root is closed to the page; the test keeps the reference the host got when creating it.
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  backend = fakeBackend({ cicir: 2 });
  host = createCardHost(document, backend, HOST_TAG);
});
afterEach(() => {
  host.close();
  vi.restoreAllMocks();
});

function mentionRange(): Range {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('b')!.firstChild!);
  return range;
}
const hostElement = () => document.querySelector(HOST_TAG) as HTMLElement | null;
const dialog = () => roots[0]?.querySelector('[role="dialog"]') as HTMLElement | null | undefined;
const press = (key: string, target: EventTarget = document.activeElement ?? document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

describe('the in-page card host', () => {
  it('renders the entity’s card in a closed shadow root on the page’s root element', async () => {
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'click' });
    const element = hostElement()!;
    expect(element.parentNode).toBe(document.documentElement);
    expect(element.shadowRoot).toBeNull();
    const d = dialog()!;
    const heading = roots[0]!.getElementById(d.getAttribute('aria-labelledby')!);
    expect(heading?.textContent).toBe(cicir.shortName);
    expect(roots[0]!.querySelector('.ac-notes')?.textContent).toBe('2 team notes — open in side panel');
    expect(backend.getEntity).toHaveBeenCalledWith('cicir');
    expect(host.openEntityId).toBe('cicir');
  });

  it('runs its English text left to right on a right-to-left page in another language', async () => {
    document.documentElement.setAttribute('dir', 'rtl');
    document.documentElement.setAttribute('lang', 'ar');
    try {
      await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'click' });
      expect(dialog()!.getAttribute('dir')).toBe('ltr');
      expect(dialog()!.getAttribute('lang')).toBe('en');
    } finally {
      document.documentElement.removeAttribute('dir');
      document.documentElement.removeAttribute('lang');
    }
  });

  it('installs its styles as constructed stylesheets, not as markup the page CSP could block', async () => {
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'click' });
    expect(roots[0]!.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(roots[0]!.querySelector('style, [style]')).toBeNull();
  });

  it('moves focus into a card opened by click and returns it when Escape closes the card', async () => {
    const before = document.getElementById('before')!;
    before.focus();
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'click' });
    expect(document.activeElement).toBe(hostElement());
    expect(roots[0]!.activeElement).toBe(dialog());

    press('Escape');
    expect(hostElement()).toBeNull();
    expect(host.openEntityId).toBeUndefined();
    expect(document.activeElement).toBe(before);
  });

  it('passes focus from card to card without handing it to the page in between, then back on Escape', async () => {
    const before = document.getElementById('before')!;
    before.focus();
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'keyboard' });
    const focusEvents: string[] = [];
    before.addEventListener('focus', () => focusEvents.push('before'));
    const other = document.createRange();
    other.selectNodeContents(document.getElementById('text')!.firstChild!);
    await host.open({ entityId: 'cicir', range: other, trigger: 'keyboard' });
    expect(focusEvents).toEqual([]);
    expect(document.activeElement).toBe(hostElement());
    press('Escape');
    expect(document.activeElement).toBe(before);
  });

  it('leaves focus where it is when the card opens on hover, and still closes on Escape', async () => {
    const before = document.getElementById('before')!;
    before.focus();
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'hover' });
    expect(document.activeElement).toBe(before);
    expect(dialog()).toBeTruthy();
    press('Escape', before);
    expect(hostElement()).toBeNull();
  });

  it('closes on a press outside the card but not inside it', async () => {
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'click' });
    dialog()!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(hostElement()).not.toBeNull();
    document.getElementById('before')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(hostElement()).toBeNull();
  });

  it('shows a related entity’s card in place and goes back', async () => {
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'click' });
    const related = [...roots[0]!.querySelectorAll('.ac-related button')].find((b) => b.textContent === 'Sino-European Cyber Dialogue');
    (related as HTMLElement).click();
    await vi.waitFor(() => expect(roots[0]!.querySelector('h2')?.textContent).toBe('SECD'));
    expect(host.openEntityId).toBe('secd');
    // The page's term belongs to the first card only.
    expect(roots[0]!.textContent).not.toContain('Don’t highlight');

    const back = [...roots[0]!.querySelectorAll('button')].find((b) => b.textContent === '← Back') as HTMLElement;
    back.click();
    await vi.waitFor(() => expect(roots[0]!.querySelector('h2')?.textContent).toBe(cicir.shortName));
  });

  it('hides the term on this site with the page’s wording and closes', async () => {
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'click' });
    const block = [...roots[0]!.querySelectorAll('button')].find((b) => b.textContent === 'Don’t highlight “CICIR” on this site');
    (block as HTMLElement).click();
    expect(backend.hideOnSite).toHaveBeenCalledWith('cicir');
    expect(hostElement()).toBeNull();
  });

  it('offers Undo after hiding a term, focused for the keyboard, and shows the term again on Undo', async () => {
    document.getElementById('before')!.focus();
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'keyboard' });
    const block = [...roots[0]!.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Don’t highlight'));
    (block as HTMLElement).click();
    const notice = roots[1];
    expect(notice?.host.parentNode).toBe(document.documentElement);
    expect(notice!.querySelector('[role="status"]')?.textContent).toContain('“CICIR” is no longer highlighted on this site.');
    const undo = notice!.activeElement as HTMLButtonElement | null;
    expect(undo?.textContent).toBe('Undo');
    expect(backend.showOnSite).not.toHaveBeenCalled();
    undo!.click();
    expect(backend.showOnSite).toHaveBeenCalledWith('cicir');
    expect(notice!.host.isConnected).toBe(false);
  });

  it('dismisses the Undo notice with Escape, keeping the term hidden and handing focus back', async () => {
    const before = document.getElementById('before')!;
    before.focus();
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'keyboard' });
    const block = [...roots[0]!.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Don’t highlight'));
    (block as HTMLElement).click();
    const notice = roots[1]!;
    press('Escape', notice.activeElement!);
    expect(notice.host.isConnected).toBe(false);
    expect(backend.showOnSite).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(before);
  });

  it('asks for the side panel to add a note', async () => {
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'click' });
    const add = [...roots[0]!.querySelectorAll('button')].find((b) => b.textContent === 'Add a note');
    (add as HTMLElement).click();
    expect(backend.openSidePanel).toHaveBeenCalledWith('cicir', 'add-note');
  });

  it('opens the source reader at an excerpt and stays open for the next one', async () => {
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'click' });
    const first = cicir.sources[0]!;
    (roots[0]!.querySelector('.ac-source-link') as HTMLElement).click();
    expect(backend.openSource).toHaveBeenCalledWith({ doc: first.doc, start: first.start, end: first.end });
    expect(dialog()).toBeTruthy();
  });

  it('says so when the corpus has no such entity', async () => {
    await host.open({ entityId: 'nobody', range: mentionRange(), trigger: 'click' });
    expect(dialog()?.textContent).toContain('Attaché has no card for this term.');
  });

  it('ignores an answer that arrives after the card was closed', async () => {
    let answer!: (value: null) => void;
    backend.getEntity.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const opening = host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'hover' });
    host.close();
    answer(null);
    await opening;
    expect(hostElement()).toBeNull();
  });

  it('does not let a hover replace a card the reader opened by click', async () => {
    await host.open({ entityId: 'cicir', range: mentionRange(), trigger: 'click' });
    const other = document.createRange();
    other.selectNodeContents(document.getElementById('text')!.firstChild!);
    await host.open({ entityId: 'secd', range: other, trigger: 'hover' });
    expect(host.openEntityId).toBe('cicir');
  });
});
