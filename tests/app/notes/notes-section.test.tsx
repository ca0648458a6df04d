// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { offlineSpaces } from '../../../harness/notes/offline-space';
import { EditorView } from '@codemirror/view';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { observable, type NotesSpace } from '../../../lib/notes';
import { NotesContext, type NotesContextValue } from '../../../lib/app/notes/notes-context';
import { NotesSection } from '../../../lib/app/notes-section';
import type { NotesSubject } from '../../../lib/app/notes/notes-subject';
import { presenceUser } from '../../../lib/app/notes/presence';
import { buttonNamed, click, mount } from '../../shared/card/render';
import { until } from '../interact';

const spaces = offlineSpaces('section-test');

const heading = (root: ParentNode) => root.querySelector('.an-notes-heading')?.textContent;
const editorShown = (root: ParentNode) => until(() => expect(root.querySelector('.cm-editor')).not.toBeNull());

async function render(subject: NotesSubject, extra: Partial<NotesContextValue> = {}) {
  const config = spaces.member();
  const space = await spaces.open(config);
  const value: NotesContextValue = { space, user: presenceUser(config), openOptions: vi.fn(), ...extra };
  const mounted = mount(
    <NotesContext.Provider value={value}>
      <NotesSection subject={subject} />
    </NotesContext.Provider>,
  );
  spaces.unmountAfter(mounted.unmount);
  return { root: mounted.container, space, value };
}

function typeInto(root: ParentNode, text: string): void {
  const view = EditorView.findFromDOM(root.querySelector('.cm-editor') as HTMLElement)!;
  act(() => view.dispatch({ changes: { from: view.state.doc.length, insert: text } }));
}

const cicir: NotesSubject = { kind: 'entity', entityId: 'cicir' };

describe('NotesSection', () => {
  it('invites a member who is in no space to join one', async () => {
    const openOptions = vi.fn();
    const mounted = mount(
      <NotesContext.Provider value={{ space: null, user: null, openOptions }}>
        <NotesSection subject={cicir} />
      </NotesContext.Provider>,
    );
    spaces.unmountAfter(mounted.unmount);
    click(buttonNamed(mounted.container, 'Join one in the options'));
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('writes a new note on the entity and shows it formatted', async () => {
    const { root, space } = await render(cicir);
    expect(root.textContent).toContain('No team notes yet.');
    click(buttonNamed(root, 'New note'));
    await editorShown(root);
    typeInto(root, '**Met** the delegation');
    click(buttonNamed(root, 'Done'));
    await until(() => expect(root.querySelector('.note-preview strong')?.textContent).toBe('Met'));
    expect(root.querySelector('.an-notes-heading')?.textContent).toBe('Notes (1)');
    const [note] = space.notes.get().notes;
    expect(note?.target).toEqual({ kind: 'entity', entityId: 'cicir' });
    expect(note?.authors.map((author) => author.name)).toEqual(['Ana']);
  });

  it('removes a note started here and left empty', async () => {
    const { root, space } = await render(cicir);
    click(buttonNamed(root, 'New note'));
    await editorShown(root);
    expect(space.notes.get().notes).toHaveLength(1);
    click(buttonNamed(root, 'Done'));
    await until(() => expect(space.notes.get().notes).toHaveLength(0));
  });

  it('shows only the notes on its subject', async () => {
    const { root, space } = await render(cicir);
    act(() => {
      space.create({ kind: 'entity', entityId: 'csis' });
      space.create({ kind: 'entity', entityId: 'cicir' });
    });
    // Both notes are in the space; the count and the list show the one on the subject.
    await until(() => expect(heading(root)).toBe('Notes (1)'));
    expect(space.notes.get().notes).toHaveLength(2);
    expect(root.querySelectorAll('.nt-note')).toHaveLength(1);
  });

  it('adds and removes tags', async () => {
    const { root, space } = await render(cicir);
    act(() => void space.create({ kind: 'entity', entityId: 'cicir' }));
    await until(() => expect(root.querySelector('.nt-tag-input')).not.toBeNull());
    const input = root.querySelector('.nt-tag-input') as HTMLInputElement;
    act(() => {
      input.value = 'norms';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => void input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(space.notes.get().notes[0]?.tags).toEqual(['norms']);
    expect([...root.querySelectorAll('.nt-tag')].map((tag) => tag.firstChild?.textContent)).toEqual(['norms']);
    click(root.querySelector('[aria-label="Remove tag norms"]'));
    expect(space.notes.get().notes[0]?.tags).toEqual([]);
  });

  it('moves a note to the trash and restores it', async () => {
    const { root, space } = await render(cicir);
    act(() => void space.create({ kind: 'entity', entityId: 'cicir' }));
    await until(() => expect(buttonNamed(root, 'Move to trash')).toBeDefined());
    click(buttonNamed(root, 'Move to trash'));
    expect(root.querySelectorAll('.nt-note')).toHaveLength(0);
    expect(buttonNamed(root, 'Trash (1)')).toBeDefined();
    click(buttonNamed(root, 'Trash (1)'));
    click(buttonNamed(root, 'Restore'));
    expect(space.notes.get().notes[0]?.deletedAt).toBeNull();
    click(buttonNamed(root, 'Trash (0)'));
    expect(root.querySelectorAll('.nt-note')).toHaveLength(1);
  });

  it('deletes a trashed note for everyone after confirmation', async () => {
    const { root, space } = await render(cicir);
    act(() => {
      const note = space.create({ kind: 'entity', entityId: 'cicir' });
      space.trash(note.id);
    });
    await until(() => expect(buttonNamed(root, 'Trash (1)')).toBeDefined());
    click(buttonNamed(root, 'Trash (1)'));
    click(buttonNamed(root, 'Delete forever…'));
    click(buttonNamed(root, 'Delete for everyone'));
    await until(() => expect(space.notes.get().notes).toEqual([]));
  });

  it('writes a page note quoting the selection', async () => {
    const captureSelection = vi.fn(async () => ({ quote: 'confidence-building measures', prefix: 'agreed on ', suffix: ' in 2015' }));
    const page: NotesSubject = { kind: 'page', url: 'https://example.org/report#part-2', tabId: 7 };
    const { root, space } = await render(page, { captureSelection });
    await act(async () => buttonNamed(root, 'New note on the selection')!.click());
    await until(() => expect(root.querySelector('.nt-quote')).not.toBeNull());
    expect(captureSelection).toHaveBeenCalledWith(7);
    expect(space.notes.get().notes[0]?.target).toEqual({
      kind: 'page',
      url: 'https://example.org/report',
      quote: 'confidence-building measures',
      prefix: 'agreed on ',
      suffix: ' in 2015',
    });
    expect(root.querySelector('.nt-quote')?.textContent).toBe('confidence-building measures');
  });

  it('shows the page notes on the page on request, and marks those whose passage is gone', async () => {
    const page: NotesSubject = { kind: 'page', url: 'https://example.org/report?utm_source=mail', tabId: 7 };
    let gone: string[] = [];
    const showNoteMarks = vi.fn(async () => ({ marked: 1, orphaned: [[...gone].sort()[0]!] }));
    const { root, space } = await render(page, { showNoteMarks });
    const target = (quote: string) => ({ kind: 'page' as const, url: 'https://example.org/report', quote, prefix: '', suffix: '' });
    space.create(target('still here'));
    // Two notes on one passage: both are orphaned with it, whichever id names the passage.
    gone = [space.create(target('no longer on the page')).id, space.create(target('no longer on the page')).id];
    await until(() => expect(root.querySelectorAll('.nt-note')).toHaveLength(3));
    expect(root.querySelector('.nt-orphaned')).toBeNull();
    await act(async () => buttonNamed(root, 'Show on the page')!.click());
    expect(showNoteMarks).toHaveBeenCalledWith(7);
    await until(() => expect(root.querySelectorAll('.nt-orphaned')).toHaveLength(2));
    expect(root.querySelector('.nt-message')?.textContent).toBe('1 passage marked on the page; 1 passage is no longer there (marked below).');
  });

  it('asks for a selection when there is none', async () => {
    const page: NotesSubject = { kind: 'page', url: 'https://example.org/report', tabId: 7 };
    const { root, space } = await render(page, { captureSelection: async () => null });
    await act(async () => buttonNamed(root, 'New note on the selection')!.click());
    expect(root.querySelector('.nt-message')?.textContent).toMatch(/^Select a passage on the page first/);
    expect(space.notes.get().notes).toEqual([]);
  });

  it('offers a read-only member no writing, tagging or trash, and says why', async () => {
    const config = spaces.member();
    const space = await spaces.open(config);
    space.create({ kind: 'entity', entityId: 'cicir' }, ['norms']);
    space.trash(space.create({ kind: 'entity', entityId: 'cicir' }).id);
    // The space as it is once the server has said the token is read-only.
    const reader = Object.assign(Object.create(space) as NotesSpace, { readOnly: observable(true) });
    const mounted = mount(
      <NotesContext.Provider value={{ space: reader, user: presenceUser(config), openOptions: vi.fn() }}>
        <NotesSection subject={cicir} />
      </NotesContext.Provider>,
    );
    spaces.unmountAfter(mounted.unmount);
    const root = mounted.container;
    await until(() => expect(root.querySelectorAll('.nt-note')).toHaveLength(1));

    const reason = root.querySelector('.nt-read-only');
    expect(reason?.textContent).toMatch(/^Read-only: /);
    const newNote = buttonNamed(root, 'New note') as HTMLButtonElement;
    expect(newNote.disabled).toBe(true);
    expect(newNote.getAttribute('aria-describedby')).toBe(reason?.id);
    expect(root.querySelectorAll('.nt-note')).toHaveLength(1);
    expect(buttonNamed(root, 'Edit')).toBeUndefined();
    expect(buttonNamed(root, 'Move to trash')).toBeUndefined();
    expect(root.querySelector('.nt-tag-input')).toBeNull();
    expect(root.querySelector('[aria-label="Remove tag norms"]')).toBeNull();
    click(buttonNamed(root, 'Trash (1)'));
    expect(root.querySelectorAll('.nt-trashed')).toHaveLength(1);
    expect(buttonNamed(root, 'Restore')).toBeUndefined();
    expect(buttonNamed(root, 'Delete forever…')).toBeUndefined();
  });
});
