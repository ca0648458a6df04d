// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSnapshot } from '../../../lib/corpus/corpus-snapshot';
import { memoryStorage } from '../../../harness/memory-storage';
import { RECENT_LOOKUPS_KEY } from '../../../lib/corpus/search';
import { PopupApp } from '../../../lib/app/popup';
import { buttonNamed, click, mount } from '../../shared/card/render';
import { secd, corpus } from '../../shared/card/fixtures';
import { press, type, until } from '../interact';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

async function popup(storage = memoryStorage()) {
  const snapshot = createSnapshot(corpus);
  const openInSidePanel = vi.fn();
  const openSource = vi.fn();
  const mounted = mount(
    <PopupApp loadSnapshot={async () => snapshot} storage={storage} openInSidePanel={openInSidePanel} openSource={openSource} />,
  );
  unmount = mounted.unmount;
  const root = mounted.container;
  const input = () => root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const options = () => [...root.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('data-entity-id'));
  // The search box is shown once the corpus has loaded, and takes the caret.
  await until(() => expect(document.activeElement).toBe(input()));
  return { root, storage, openInSidePanel, openSource, input, options };
}

describe('the popup', () => {
  it('opens with the caret in the search box', async () => {
    const { input } = await popup();
    expect(document.activeElement).toBe(input());
  });

  it('updates the results on every keystroke', async () => {
    const { input, options } = await popup();
    type(input(), 'se');
    expect(options()).toContain('secd');
    type(input(), 'sec');
    expect(options()[0]).toBe('secd');
    type(input(), 'zzzz');
    expect(options()).toEqual([]);
  });

  it('offers the nearest names when nothing is found, or says why there are none', async () => {
    const { root, input, options } = await popup();
    type(input(), 'SECX');
    expect(options()).toEqual([]);
    expect(root.querySelector('.as-status')?.textContent).toBe('Nothing found for “SECX”.');
    const suggestion = root.querySelector<HTMLButtonElement>('.as-suggestion')!;
    expect(suggestion.textContent).toBe('SECD');
    suggestion.click();
    await until(() => expect(root.querySelector('h2')?.textContent).toBe(secd.shortName));
  });

  it('says that nothing is close to a query in another script, and that the corpus is in English', async () => {
    const { root, input } = await popup();
    type(input(), '上海合作组织');
    expect(root.querySelector('.as-suggestion')).toBeNull();
    expect(root.querySelector('.as-none')?.textContent).toMatch(/^No name in the corpus is close to it\. The corpus names actors and terms in English\./);
  });

  it('opens the entity the arrow keys point at with Enter, and shows its card', async () => {
    const { root, input, options } = await popup();
    type(input(), 'c');
    const found = options();
    expect(found.length).toBeGreaterThan(1);
    press(input(), 'ArrowDown');
    press(input(), 'ArrowDown');
    const active = root.querySelector('[aria-selected="true"]')!;
    expect(active.getAttribute('data-entity-id')).toBe(found[1]);
    expect(input().getAttribute('aria-activedescendant')).toBe(active.id);
    press(input(), 'Enter');
    const opened = corpus.find((e) => e.id === found[1])!;
    expect(root.querySelector('h2')?.textContent).toBe(opened.shortName);
    expect(root.querySelector('input')).toBeNull();
  });

  it('remembers opened entities and lists them while the box is empty', async () => {
    const storage = memoryStorage({ [RECENT_LOOKUPS_KEY]: ['secd'] });
    const { root, input, options } = await popup(storage);
    await until(() => expect(options()).toEqual(['secd']));
    expect(root.textContent).toContain('Recent lookups');
    type(input(), 'cicir');
    press(input(), 'Enter');
    await until(() => expect(storage.items.get(RECENT_LOOKUPS_KEY)).toEqual(['cicir', 'secd']));
    click(buttonNamed(root, /Back/));
    await until(() => expect(input().value).toBe('cicir'));
    type(input(), '');
    await until(() => expect(options()).toEqual(['cicir', 'secd']));
  });

  it('browses related entities and goes back and forward with Alt+arrows', async () => {
    const { root, input } = await popup();
    type(input(), 'cicir');
    press(input(), 'Enter');
    click(buttonNamed(root, 'Sino-European Cyber Dialogue'));
    expect(root.querySelector('h2')?.textContent).toBe('SECD');
    press(document, 'ArrowLeft', { altKey: true });
    expect(root.querySelector('h2')?.textContent).toBe('CICIR');
    press(document, 'ArrowRight', { altKey: true });
    expect(root.querySelector('h2')?.textContent).toBe('SECD');
  });

  it('hands an entity to the side panel', async () => {
    const { root, input, openInSidePanel } = await popup();
    type(input(), 'cicir');
    press(input(), 'Enter');
    click(buttonNamed(root, 'Open in side panel'));
    expect(openInSidePanel).toHaveBeenCalledWith({ kind: 'entity', entityId: 'cicir' });
    click(buttonNamed(root, 'Add a note'));
    expect(openInSidePanel).toHaveBeenLastCalledWith({ kind: 'entity', entityId: 'cicir', intent: 'add-note' });
  });

  it('says so when the corpus cannot be loaded', async () => {
    const mounted = mount(
      <PopupApp
        loadSnapshot={async () => Promise.reject(new Error('corpus.json: could not be read'))}
        storage={memoryStorage()}
        openInSidePanel={vi.fn()}
        openSource={vi.fn()}
      />,
    );
    unmount = mounted.unmount;
    await until(() => expect(mounted.container.querySelector('[role="alert"]')?.textContent).toContain('could not be read'));
  });
});
