// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../../lib/app/side-panel/active-page';
import { createSnapshot } from '../../../lib/corpus/corpus-snapshot';
import { offlineSpaces } from '../../../harness/notes/offline-space';
import { NotesContext } from '../../../lib/app/notes/notes-context';
import { presenceUser } from '../../../lib/app/notes/presence';
import { SidePanelApp } from '../../../lib/app/side-panel';
import { storedPanelTarget, type StoredPanelTarget } from '../../../lib/shared/side-panel-target';
import { buttonNamed, click, mount } from '../../shared/card/render';
import { corpus } from '../../shared/card/fixtures';
import { type, until } from '../interact';

const spaces = offlineSpaces('panel-team');
const source = { quote: 'The OEWG adopted its report.', prefix: '', suffix: '', url: 'https://news.example/oewg', title: 'OEWG news', date: '2026-11-30' };

async function panel(mentions: PageState['mentions']) {
  const config = spaces.member();
  const space = await spaces.open(config, { report: () => undefined });
  const saved = space.glossary.save(
    {
      id: 'open-ended-working-group', name: 'Open-Ended Working Group', type: 'process', aliases: ['OEWG'], summary: 'A UN working group.',
      rules: [], facts: [{ text: 'Adopted its final report.', source }],
    },
    corpus,
  );
  expect(saved.saved).toBeDefined();
  let sendTarget: (target: StoredPanelTarget) => void = () => undefined;
  const loaded = Promise.resolve(createSnapshot(corpus));
  const mounted = mount(
    <NotesContext.Provider value={{ space, user: presenceUser(config), openOptions: vi.fn() }}>
      <SidePanelApp
        loadSnapshot={() => loaded}
        followPage={(onChange) => {
          onChange({ tab: { id: 7, title: 'OEWG news', url: 'https://news.example/oewg' }, mentions });
          return () => undefined;
        }}
        followTargets={(onTarget) => {
          sendTarget = onTarget;
          return () => undefined;
        }}
        revealMention={vi.fn(async () => true)}
        openSource={vi.fn()}
      />
    </NotesContext.Provider>,
  );
  spaces.unmountAfter(mounted.unmount);
  await act(async () => void (await loaded));
  return { root: mounted.container, sendTarget: (target: StoredPanelTarget) => act(() => sendTarget(target)) };
}

describe('the side panel with a team glossary', () => {
  it('lists a team entity the page mentions, marked Team, and opens its card', async () => {
    const { root } = await panel([{ id: 'open-ended-working-group', count: 2 }, { id: 'cicir', count: 1 }]);
    const row = await until(() => {
      const found = root.querySelector('.sp-row[data-entity-id="open-ended-working-group"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(row.querySelector('.sp-row-name')?.textContent).toBe('Open-Ended Working Group');
    expect(row.querySelector('.sp-row-team')?.textContent).toBe('Team');
    expect(root.querySelector('.sp-row[data-entity-id="cicir"] .sp-row-team')).toBeNull();
    click(row.querySelector('.sp-details'));
    await until(() => expect(root.querySelector('h2')?.textContent).toBe('Open-Ended Working Group'));
    expect(root.querySelector('.ac-team .ac-cite a')?.getAttribute('href')).toBe('https://news.example/oewg');
  });

  it('offers to add a name search does not find, opening the editor with the name filled in', async () => {
    const { root, sendTarget } = await panel([]);
    sendTarget(storedPanelTarget({ kind: 'search', query: '' }));
    const box = await until(() => {
      const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
      expect(input).not.toBeNull();
      return input!;
    });
    type(box, 'OEWG');
    expect(root.querySelector('[role="option"] .as-result-team')?.textContent).toBe(' · Team');
    type(box, 'Paris Call');
    click(await until(() => {
      const add = buttonNamed(root, 'Add “Paris Call” to the team glossary');
      expect(add).toBeDefined();
      return add;
    }));
    await until(() => {
      const name = [...root.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === 'Name')?.querySelector('input');
      expect(name?.value).toBe('Paris Call');
    });
  });
});
