// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { offlineSpaces } from '../../../harness/notes/offline-space';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { entriesMap } from '../../../lib/notes/team-glossary';
import type { Entity } from '../../../lib/shared/corpus-format/corpus-schema';
import { NotesContext, type NotesContextValue } from '../../../lib/app/notes/notes-context';
import { presenceUser } from '../../../lib/app/notes/presence';
import { TeamGlossaryView } from '../../../lib/app/team-glossary';
import { buttonNamed, click, mount } from '../../shared/card/render';
import { type, until } from '../interact';

const spaces = offlineSpaces('glossary-view');

const bundled: Entity[] = [
  {
    id: 'un-gge', name: 'UN Group of Governmental Experts', shortName: 'UN GGE', type: 'process', aliases: ['GGE'], variants: [], summary: 'A UN group.',
    facts: [], relations: [], positions: [], rules: [], sources: [],
  },
];
const page = { id: 7, url: 'https://example.org/news/oewg#top', title: 'OEWG concludes its work' };
const selection = { quote: 'The Open-Ended Working Group adopted its final report.', prefix: 'In July, ', suffix: ' Delegations' };

async function render(extra: Partial<NotesContextValue> = {}, fromSelection = false) {
  const config = spaces.member();
  const space = await spaces.open(config, { report: () => undefined });
  const captureSelection = vi.fn(async () => selection);
  const value: NotesContextValue = { space, user: presenceUser(config), openOptions: vi.fn(), captureSelection, ...extra };
  const mounted = mount(
    <NotesContext.Provider value={value}>
      <TeamGlossaryView bundled={bundled} page={page} fromSelection={fromSelection} />
    </NotesContext.Provider>,
  );
  spaces.unmountAfter(mounted.unmount);
  return { root: mounted.container, space, captureSelection };
}

const input = (root: ParentNode, label: string) =>
  [...root.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === label)!.querySelector('input, textarea, select') as HTMLInputElement;

function choose(select: HTMLInputElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('TeamGlossaryView', () => {
  it('refuses an entry with clear messages, then saves it with the selected passage as its source', async () => {
    const { root, space } = await render();
    click(buttonNamed(root, 'New entry'));
    type(input(root, 'Name'), 'Open-Ended Working Group');
    choose(input(root, 'Type'), 'process');
    type(input(root, 'Aliases'), 'OEWG, GGE');
    type(input(root, 'Summary'), 'The UN working group on ICT security open to all member states.');
    type(input(root, 'New fact'), 'It adopted its final report in July 2025.');
    click(buttonNamed(root, 'Save'));

    const problems = await until(() => {
      const alert = root.querySelector('.tg-problems');
      expect(alert).not.toBeNull();
      return alert!.textContent!;
    });
    expect(problems).toContain('facts[0].source: a fact needs its source');
    expect(space.glossary.entries.get().entries).toEqual([]);

    click(buttonNamed(root, 'Take the selected passage as its source'));
    await until(() => expect(root.querySelector('.tg-source')?.textContent).toContain('OEWG concludes its work'));
    click(buttonNamed(root, 'Save'));
    await until(() =>
      expect(root.querySelector('.tg-problems')?.textContent).toContain(
        'aliases[1]: "GGE" is also a name of the bundled entity "UN Group of Governmental Experts" (un-gge)',
      ),
    );
    type(input(root, 'Aliases'), 'OEWG');
    click(buttonNamed(root, 'Save'));
    await until(() => expect(root.querySelector('[role=status]')?.textContent).toBe('Saved “Open-Ended Working Group” to the team glossary.'));

    const [entry] = space.glossary.entries.get().entries;
    expect(entry?.facts[0]?.source).toMatchObject({ quote: selection.quote, url: 'https://example.org/news/oewg', title: page.title });
    const card = root.querySelector('.tg-entry')!;
    expect(card.querySelector('.tg-badge')?.textContent).toBe('Team');
    expect(card.querySelector('.tg-by')?.textContent).toMatch(/^Added by Ana on \d{4}-\d{2}-\d{2}$/);
    expect(card.querySelector('.tg-source a')?.getAttribute('href')).toBe('https://example.org/news/oewg');
  });

  it('starts an entry from the selection when opened by "Add to team glossary"', async () => {
    const { root, captureSelection } = await render({}, true);
    await until(() => expect(root.querySelector('.tg-form .tg-source')?.textContent).toContain(selection.quote));
    expect(captureSelection).toHaveBeenCalledWith(page.id);
  });

  it('renders a peer\'s text inert and shows a visible warning for an entry it skips', async () => {
    const { root, space } = await render();
    const doc = space.glossary.doc;
    doc.transact(() => {
      const entry = new Y.Map<unknown>();
      entriesMap(doc).set('hostile', entry);
      for (const [k, v] of Object.entries({
        id: 'hostile', name: '<img src=x onerror="alert(1)">', type: 'concept', summary: '<script>alert(1)</script> Bold claim.',
        addedBy: { id: 'p', name: '<b>Peer</b>' }, addedAt: '2026-12-01T10:00:00.000Z', changedBy: { id: 'p', name: '<b>Peer</b>' }, changedAt: '2026-12-01T10:00:00.000Z',
      })) entry.set(k, v);
      entry.set('facts', Y.Array.from([{ text: '<a href="javascript:alert(1)">x</a>', source: { quote: 'q', url: 'https://example.org/', title: '<i>t</i>', date: '2026-12-01' } }]));
      entriesMap(doc).set('broken', 'not an entry');
    });
    await until(() => expect(root.querySelector('.tg-entry')).not.toBeNull());
    const card = root.querySelector('.tg-entry')!;
    expect(card.querySelector('img, script, b, i')).toBeNull();
    expect([...card.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/']);
    expect(card.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(root.querySelector('.tg-warnings')?.textContent).toContain('team entry "broken": skipped');
  });
});
