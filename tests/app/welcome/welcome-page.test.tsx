// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../../lib/shared/corpus-format/corpus-schema';
import { createSnapshot } from '../../../lib/corpus/corpus-snapshot';
import { WelcomePage } from '../../../lib/app/welcome';
import { SAMPLE_PASSAGE } from '../../../lib/app/welcome/sample-passage';
import { opensWelcome } from '../../../lib/background/welcome-on-install';
import { memoryStorage } from '../../../harness/memory-storage';
import { buttonNamed, click, mount } from '../../shared/card/render';

// The corpus the extension ships (`npm run corpus`): the sample's terms must all be in it.
const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as Corpus;
const snapshot = createSnapshot(corpus.entities);

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function welcome(props: Partial<Parameters<typeof WelcomePage>[0]> = {}) {
  const onOpenSettings = vi.fn();
  const mounted = mount(
    <WelcomePage snapshot={snapshot} shortcut="Alt+Shift+A" panelName="side panel" onOpenSettings={onOpenSettings} {...props} />,
  );
  unmount = mounted.unmount;
  const root = mounted.container;
  return {
    root,
    onOpenSettings,
    terms: () => [...root.querySelectorAll('.wl-term')].map((t) => `${t.textContent}:${t.getAttribute('data-entity-type')}`),
    cardName: () => root.querySelector('#wl-card .ac-name')?.textContent,
  };
}

describe('the welcome page', () => {
  it('marks every sample term with its type from the bundled corpus', () => {
    const { terms } = welcome();
    const sample = SAMPLE_PASSAGE.filter((p) => typeof p !== 'string');
    expect(terms()).toEqual(sample.map((p) => `${p.term}:${snapshot.entity(p.id)!.type}`));
    expect(new Set(terms().map((t) => t.split(':')[1])).size).toBeGreaterThanOrEqual(4);
  });

  it('shows the card of the first term, and of any term chosen', () => {
    const { root, cardName } = welcome();
    expect(cardName()).toBe(snapshot.entity('cicir')!.shortName);
    const li = buttonNamed(root, 'Li Baodong')!;
    click(li);
    expect(cardName()).toBe('Li Baodong');
    expect(li.getAttribute('aria-expanded')).toBe('true');
    expect(li.getAttribute('aria-controls')).toBe('wl-card');
    expect(root.querySelector('#wl-card')?.getAttribute('aria-live')).toBe('polite');
  });

  it('leaves unmarked a term the corpus does not know', () => {
    const { terms } = welcome({ snapshot: createSnapshot(corpus.entities.filter((e) => e.id !== 'china')) });
    expect(terms().map((t) => t.split(':')[0])).not.toContain('China');
  });

  it('says where the popup, its shortcut, the side panel and the settings are', () => {
    const { root, onOpenSettings } = welcome({ panelName: 'sidebar' });
    expect(root.querySelector('kbd')?.textContent).toBe('Alt+Shift+A');
    expect(root.textContent).toContain('The sidebar');
    click(buttonNamed(root, 'Open settings'));
    expect(onOpenSettings).toHaveBeenCalledOnce();
    expect(root.querySelector('.ac-legend')).not.toBeNull();
  });
});

describe('when the welcome page opens', () => {
  it('opens on a first install, not on an update of Attaché or of the browser', async () => {
    for (const reason of ['update', 'chrome_update', 'shared_module_update']) {
      expect(await opensWelcome(reason, memoryStorage()), reason).toBe(false);
    }
    expect(await opensWelcome('install', memoryStorage())).toBe(true);
  });

  it('opens once: not again for another install event on the same profile', async () => {
    const storage = memoryStorage();
    expect(await opensWelcome('install', storage)).toBe(true);
    expect(await opensWelcome('install', storage)).toBe(false);
  });
});
