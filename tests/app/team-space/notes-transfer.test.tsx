// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { insertNote, openNotesSpace, parseNotesExport, type NotesSpace, type SpaceConfig } from '../../../lib/notes';
import { NotesTransfer, type DownloadFile } from '../../../lib/app/team-space/NotesTransfer';
import { buttonNamed, mount } from '../../shared/card/render';
import { until } from '../interact';

const opened: NotesSpace[] = [];
let unmount: (() => void) | undefined;
afterEach(async () => {
  unmount?.();
  await Promise.all(opened.splice(0).map((space) => space.close()));
});

let count = 0;
async function space(): Promise<NotesSpace> {
  count += 1;
  const config: SpaceConfig = {
    serverUrl: 'ws://127.0.0.1:9',
    space: `transfer-${count}`,
    token: 'A'.repeat(43),
    displayName: 'Ana',
    color: '#d62728',
    authorId: 'author-0001',
  };
  const notes = openNotesSpace(config, { connect: false, relay: null });
  opened.push(notes);
  await notes.ready;
  return notes;
}

/** What the form last said: its status line or its alert. */
const said = (root: ParentNode) => root.querySelector('[role="status"], [role="alert"]')?.textContent;

function render(notes: NotesSpace) {
  const downloads: DownloadFile[] = [];
  const mounted = mount(<NotesTransfer space={notes} download={(file) => downloads.push(file)} />);
  unmount = mounted.unmount;
  return { root: mounted.container, downloads };
}

async function chooseFile(root: ParentNode, name: string, text: string) {
  const input = root.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

async function withNote(notes: NotesSpace, text: string) {
  const note = notes.create({ kind: 'entity', entityId: 'cicir' }, ['norms']);
  const body = await notes.openBody(note.id);
  body.text.insert(0, text);
  body.release();
  return note;
}

/** The JSON export, made through the form, of a space holding one note with this text. */
async function exportedNote(text: string): Promise<string> {
  const from = await space();
  await withNote(from, text);
  const { root, downloads } = render(from);
  await act(async () => buttonNamed(root, 'Export as JSON')!.click());
  await until(() => expect(downloads).toHaveLength(1));
  unmount?.();
  return downloads[0]!.text;
}

describe('NotesTransfer', () => {
  it('exports the notes as Markdown and as JSON', async () => {
    const notes = await space();
    await withNote(notes, 'Met the delegation.');
    const { root, downloads } = render(notes);
    await act(async () => buttonNamed(root, 'Export as Markdown')!.click());
    await until(() => expect(downloads).toHaveLength(1));
    await act(async () => buttonNamed(root, 'Export as JSON')!.click());
    await until(() => expect(downloads).toHaveLength(2));
    expect(downloads.map((file) => [file.name.replace(/\d{4}-\d{2}-\d{2}/, 'DAY'), file.type])).toEqual([
      [`attache-notes-${notes.config.space}-DAY.md`, 'text/markdown'],
      [`attache-notes-${notes.config.space}-DAY.json`, 'application/json'],
    ]);
    expect(downloads[0]!.text).toContain('Met the delegation.');
    expect(JSON.parse(downloads[1]!.text).notes[0].body).toBe('Met the delegation.');
    await until(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Exported 1 note.'));
  });

  it('imports an export into another space, once', async () => {
    const exported = await exportedNote('Carried over.');

    const into = await space();
    const { root } = render(into);
    await chooseFile(root, 'notes.json', exported);
    await until(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Imported 1 note.'));
    const [note] = into.notes.get().notes;
    expect(note?.tags).toEqual(['norms']);
    const body = await into.openBody(note!.id);
    expect(body.text.toString()).toBe('Carried over.');
    body.release();

    await chooseFile(root, 'notes.json', exported);
    await until(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe('Imported 0 notes; 1 already in the space were left as they were.'),
    );
  });

  it('says when importing again restored notes an earlier import left empty', async () => {
    const exported = await exportedNote('Lost once.');

    const into = await space();
    // The index entry without its text, as an import that failed part-way used to leave it.
    const { body: _body, ...meta } = parseNotesExport(exported).notes[0]!;
    insertNote(into.index, meta);
    const { root } = render(into);
    await chooseFile(root, 'notes.json', exported);
    // Opening the note's body, writing it and reading it back take a few turns of IndexedDB.
    await until(() => expect(said(root)).toBeDefined());
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Imported 0 notes; restored the text of 1 left empty by an earlier import.');
    const body = await into.openBody(meta.id);
    expect(body.text.toString()).toBe('Lost once.');
    body.release();
  });

  it('refuses a damaged file with its reason and changes nothing', async () => {
    const notes = await space();
    await withNote(notes, 'Kept.');
    const before = notes.notes.get().notes;
    const { root } = render(notes);
    await chooseFile(root, 'broken.json', '{"format": "attache-notes", "version": 1, "notes": [');
    await until(() => expect(said(root)).toBeDefined());
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^Nothing was imported\. broken\.json: /);
    expect(notes.notes.get().notes).toEqual(before);
  });
});
