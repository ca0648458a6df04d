// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { createSettingsStore, DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../../lib/shared/settings';
import { OptionsApp } from '../../../lib/app/options';
import { memoryStorage } from '../../../harness/memory-storage';
import { buttonNamed, click, mount } from '../../shared/card/render';
import { press, type, until } from '../interact';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

async function options(stored: Partial<Settings> = {}) {
  const storage = memoryStorage({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, ...stored } });
  const store = createSettingsStore(storage);
  const mounted = mount(
    <OptionsApp store={store} loadNames={async (ids) => new Map(ids.filter((id) => id === 'cicir').map((id) => [id, 'CICIR name']))} />,
  );
  unmount = mounted.unmount;
  const root = mounted.container;
  const saved = () => storage.items.get(SETTINGS_KEY) as Settings;
  const checkbox = (label: string) =>
    [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)!.querySelector('input')!;
  // The stored settings are shown once read.
  await until(() => checkbox('Person'));
  return { root, store, saved, checkbox };
}

describe('the options page', () => {
  it('shows the colour legend: every kind of term, marked as pages mark it', async () => {
    const { root } = await options();
    const legend = root.querySelector('details.ac-legend')!;
    expect(legend.hasAttribute('open')).toBe(true);
    expect([...legend.querySelectorAll('.ac-mark')].map((m) => m.textContent)).toEqual([
      'Organisation',
      'Person',
      'Instrument',
      'Concept',
      'Event',
      'Process',
      'Country',
    ]);
  });

  it('stores each change at once', async () => {
    const { saved, checkbox } = await options();
    click(checkbox('Person'));
    click(checkbox('Highlight only the first mention of each term on a page'));
    click(checkbox('Also highlight terms in code and preformatted text (such as plain text blocks)'));
    await until(() => expect(saved().scanCode).toBe(true));
    expect(saved().highlightTypes).not.toContain('person');
    expect(saved().highlightTypes).toContain('organization');
    expect(saved().mentions).toBe('first');
    click(checkbox('Highlight cyber-diplomacy terms on the pages I read'));
    await until(() => expect(saved().enabled).toBe(false));
  });

  it('turns sites off and on, refusing what is not a site name', async () => {
    const { root, saved } = await options({ disabledSites: ['old.example.org'] });
    const input = root.querySelector<HTMLInputElement>('input[type="text"]')!;
    type(input, 'not a site');
    press(input, 'Enter');
    await until(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('"not a site" is not a site name such as example.org');
    type(input, 'https://www.News.example.com/story');
    click(buttonNamed(root, 'Turn off'));
    await until(() => expect(saved().disabledSites).toEqual(['old.example.org', 'news.example.com']));
    expect(root.querySelector('[role="alert"]')).toBeNull();
    click(buttonNamed(root, 'Turn on again'));
    await until(() => expect(saved().disabledSites).toEqual(['news.example.com']));
  });

  it('lists the terms hidden per site by name and highlights one again', async () => {
    const { root, saved } = await options({ hiddenEntities: { 'a.org': ['cicir', 'gone-id'] } });
    await until(() => expect([...root.querySelectorAll('.op-site li span')].map((s) => s.textContent)).toEqual(['CICIR name', 'gone-id']));
    click(buttonNamed(root, 'Highlight again'));
    await until(() => expect(saved().hiddenEntities).toEqual({ 'a.org': ['gone-id'] }));
  });

  it('follows changes made elsewhere, such as a card hiding a term', async () => {
    const { root, store } = await options();
    await act(async () => {
      await store.update((s) => ({ ...s, hiddenEntities: { 'b.org': ['cicir'] } }));
    });
    await until(() => expect(root.querySelector('.op-site h3')?.textContent).toBe('b.org'));
  });
});
