// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../../lib/app/side-panel/active-page';
import { createSnapshot } from '../../../lib/corpus/corpus-snapshot';
import { storedPanelTarget, type StoredPanelTarget } from '../../../lib/shared/side-panel-target';
import { SidePanelApp } from '../../../lib/app/side-panel';
import { buttonNamed, click, mount } from '../../shared/card/render';
import { cicir, corpus } from '../../shared/card/fixtures';
import { press, type, until } from '../interact';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

async function panel(initialPage?: PageState) {
  let setPage: (page: PageState | undefined) => void = () => undefined;
  let sendTarget: (target: StoredPanelTarget) => void = () => undefined;
  const revealMention = vi.fn(async (_tab: number, _id: string, _direction: string) => true);
  const openSource = vi.fn();
  const loaded = Promise.resolve(createSnapshot(corpus));
  const mounted = mount(
    <SidePanelApp
      loadSnapshot={() => loaded}
      followPage={(onChange) => {
        setPage = onChange;
        onChange(initialPage);
        return () => undefined;
      }}
      followTargets={(onTarget) => {
        sendTarget = onTarget;
        return () => undefined;
      }}
      revealMention={revealMention}
      openSource={openSource}
    />,
  );
  unmount = mounted.unmount;
  // The panel asked for the corpus as it mounted; once the same promise has settled here, the
  // panel has it, and act renders what it shows with it.
  await act(async () => void (await loaded));
  const root = mounted.container;
  return {
    root,
    revealMention,
    openSource,
    heading: () => root.querySelector('h2')?.textContent,
    rows: () => [...root.querySelectorAll('.sp-row')].map((r) => `${r.getAttribute('data-entity-id')}:${r.getAttribute('data-count')}`),
    setPage: (page: PageState | undefined) => act(() => setPage(page)),
    sendTarget: (target: StoredPanelTarget) => act(() => sendTarget(target)),
  };
}

const page = (mentions: PageState['mentions'], id = 7): PageState => ({ tab: { id, title: 'A page about CICIR' }, mentions });

describe('the side panel', () => {
  it('lists the page’s entities by type with their mention counts', async () => {
    const { root, rows } = await panel(page([{ id: 'secd', count: 1 }, { id: 'cicir', count: 3 }, { id: 'hcss', count: 2 }]));
    expect([...root.querySelectorAll('.sp-group-heading')].map((h) => h.textContent)).toEqual(['Organisations 2', 'Processes 1']);
    expect(rows()).toEqual(['cicir:3', 'hcss:2', 'secd:1']);
    expect(root.querySelector('[data-entity-id="cicir"] .sp-row-count')?.getAttribute('aria-label')).toBe('3 mentions');
    expect(root.textContent).toContain('A page about CICIR');
  });

  it('colours each group as its type, and keys the colours in a legend', async () => {
    const { root } = await panel(page([{ id: 'secd', count: 1 }, { id: 'cicir', count: 3 }]));
    expect([...root.querySelectorAll('.sp-group')].map((g) => g.getAttribute('data-entity-type'))).toEqual(['organization', 'process']);
    const legend = root.querySelector('.ac-legend')!;
    expect([...legend.querySelectorAll('.ac-mark')].map((m) => `${m.getAttribute('data-entity-type')}:${m.textContent}`)).toContain(
      'organization:Organisation',
    );
  });

  it('asks the tab to reveal the next mention of the chosen entity', async () => {
    const { root, revealMention } = await panel(page([{ id: 'cicir', count: 3 }]));
    click(root.querySelector('[data-entity-id="cicir"] .sp-reveal'));
    expect(revealMention).toHaveBeenCalledWith(7, 'cicir', 'next');
  });

  it('says so when the page no longer has the mention or does not answer', async () => {
    const { root, revealMention } = await panel(page([{ id: 'cicir', count: 3 }]));
    revealMention.mockResolvedValueOnce(false);
    click(root.querySelector('.sp-reveal'));
    await until(() => expect(root.querySelector('[role="status"]')?.textContent).toContain('no longer mentioned'));
    revealMention.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    click(root.querySelector('.sp-reveal'));
    await until(() => expect(root.querySelector('[role="status"]')?.textContent).toContain('does not answer'));
  });

  it('follows the page as it changes, and explains an empty one', async () => {
    const { root, rows, setPage } = await panel(page(undefined));
    expect(root.textContent).toContain('has not read this page');
    setPage(page([{ id: 'hcss', count: 1 }]));
    expect(rows()).toEqual(['hcss:1']);
    setPage(page([]));
    expect(root.textContent).toContain('found none of the terms it knows');
  });

  it('shows an entity in full, with its mentions on the page and a notes section', async () => {
    const { root, heading, revealMention } = await panel(page([{ id: 'cicir', count: 3 }]));
    click(buttonNamed(root, 'Details'));
    expect(heading()).toBe(cicir.shortName);
    expect(root.querySelectorAll('.ac-quote')).toHaveLength(cicir.sources.length);
    expect(root.textContent).toContain('3 mentions on this page');
    click(buttonNamed(root, /Previous/));
    expect(revealMention).toHaveBeenLastCalledWith(7, 'cicir', 'previous');
    expect(root.querySelector('.an-notes-heading')?.textContent).toBe('Notes');
  });

  it('opens the source reader at an excerpt', async () => {
    const { root, openSource } = await panel(page([{ id: 'cicir', count: 1 }]));
    click(buttonNamed(root, 'Details'));
    const second = cicir.sources[1]!;
    const links = [...root.querySelectorAll<HTMLButtonElement>('.ac-source-link')];
    expect(links).toHaveLength(cicir.sources.length);
    expect(links[1]!.textContent).toBe('Beijing workshop report, Beijing, June 2014');
    expect(links[1]!.getAttribute('aria-label')).toBe('Beijing workshop report, Beijing, June 2014: open at this passage');
    click(links[1]!);
    expect(openSource).toHaveBeenCalledWith({ doc: second.doc, start: second.start, end: second.end });
  });

  it('browses related entities with back and forward, by button and by Alt+arrows', async () => {
    const { root, heading } = await panel(page([{ id: 'cicir', count: 1 }]));
    click(buttonNamed(root, 'Details'));
    click(buttonNamed(root, 'Sino-European Cyber Dialogue'));
    expect(heading()).toBe('SECD');
    press(document, 'ArrowLeft', { altKey: true });
    expect(heading()).toBe(cicir.shortName);
    click(buttonNamed(root, /Back/));
    expect(heading()).toBe('On this page');
    press(document, 'ArrowRight', { altKey: true });
    press(document, 'ArrowRight', { altKey: true });
    expect(heading()).toBe('SECD');
  });

  it('opens what another context asks for: an entity, or a search', async () => {
    const p = await panel(page([]));
    await p.sendTarget(storedPanelTarget({ kind: 'entity', entityId: 'hcss' }));
    expect(p.heading()).toBe('The Hague Centre for Strategic Studies');
    await p.sendTarget(storedPanelTarget({ kind: 'search', query: 'dialogue' }));
    const box = p.root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(box.value).toBe('dialogue');
    expect([...p.root.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('data-entity-id'))).toContain('secd');
    type(box, 'hague');
    press(box, 'Enter');
    expect(p.heading()).toBe('The Hague Centre for Strategic Studies');
    press(document, 'ArrowLeft', { altKey: true });
    expect(p.root.querySelector<HTMLInputElement>('input[role="combobox"]')?.value).toBe('hague');
  });
});
