// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSnapshot } from '../../../lib/corpus/corpus-snapshot';
import { memoryStorage } from '../../../harness/memory-storage';
import { PopupApp } from '../../../lib/app/popup';
import type { TeamEntry } from '../../../lib/notes/team-glossary';
import { buttonNamed, click, mount } from '../../shared/card/render';
import { corpus } from '../../shared/card/fixtures';
import { type, until } from '../interact';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const source = { quote: 'The OEWG adopted its report.', prefix: '', suffix: '', url: 'https://news.example/oewg', title: 'OEWG news', date: '2026-11-30' };
const oewg: TeamEntry = {
  id: 'open-ended-working-group', name: 'Open-Ended Working Group', type: 'process', aliases: ['OEWG'], summary: 'A UN working group.',
  facts: [{ text: 'Adopted its final report.', source }], relations: [], positions: [], rules: [],
  addedBy: { id: 'a', name: 'Ana' }, addedAt: '2026-12-01T10:00:00Z', changedBy: { id: 'a', name: 'Ana' }, changedAt: '2026-12-01T10:00:00Z',
};

async function popup(team: readonly TeamEntry[] | null) {
  const snapshot = createSnapshot(corpus);
  const openInSidePanel = vi.fn();
  const mounted = mount(
    <PopupApp
      loadSnapshot={async () => snapshot}
      loadTeamGlossary={async () => team}
      storage={memoryStorage()}
      openInSidePanel={openInSidePanel}
      openSource={vi.fn()}
    />,
  );
  unmount = mounted.unmount;
  const root = mounted.container;
  const input = () => root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  await until(() => expect(document.activeElement).toBe(input()));
  return { root, input, openInSidePanel };
}

describe('the popup with a team glossary', () => {
  it('finds team entities, marked Team, and opens their card citing the page', async () => {
    const { root, input } = await popup([oewg]);
    await until(() => {
      type(input(), 'OEWG');
      expect(root.querySelector('[role="option"]')?.getAttribute('data-entity-id')).toBe('open-ended-working-group');
    });
    expect(root.querySelector('[role="option"] .as-result-type')?.textContent).toBe('Process · Team');
    click(root.querySelector('[role="option"]'));
    expect(root.querySelector('h2')?.textContent).toBe('Open-Ended Working Group');
    expect(root.querySelector('.ac-team .ac-cite a')?.getAttribute('href')).toBe('https://news.example/oewg');
    expect(root.querySelector('.ac-team-by')?.textContent).toBe('Added by Ana on 2026-12-01');
  });

  it('offers to add a name it does not find to the team glossary, in the side panel', async () => {
    const { root, input, openInSidePanel } = await popup([]);
    type(input(), 'Paris Call');
    const add = await until(() => {
      const button = buttonNamed(root, 'Add “Paris Call” to the team glossary');
      expect(button).toBeDefined();
      return button;
    });
    click(add);
    expect(openInSidePanel).toHaveBeenCalledWith({ kind: 'team-glossary', name: 'Paris Call' });
  });

  it('offers no team glossary outside a team space', async () => {
    const { root, input } = await popup(null);
    type(input(), 'Paris Call');
    expect(root.querySelector('.as-none')).not.toBeNull();
    expect(root.querySelector('.as-add-team')).toBeNull();
  });
});
