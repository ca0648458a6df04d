import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { notesAbout, type NotesSubject } from '../../lib/app/notes/notes-subject';
import {
  addTag,
  clearNoteBody,
  countByEntity,
  createNote,
  noteBodyText,
  notesMap,
  purgeNote,
  readBody,
  readNotes,
  recordEdit,
  removeTag,
  restoreNote,
  trashNote,
  UnknownNoteError,
  type NoteTarget,
} from '../../lib/notes';

const alice = { id: 'author-alice', name: 'Alice' };
const bob = { id: 'author-bob', name: 'Bob' };
const at = (minute: number) => new Date(Date.UTC(2026, 0, 31, 12, minute)).toISOString();
const entity = (entityId: string): NoteTarget => ({ kind: 'entity', entityId });
const page: NoteTarget = {
  kind: 'page',
  url: 'https://example.org/report',
  quote: 'confidence-building measures',
  prefix: 'agreed on ',
  suffix: ' for cyberspace',
};

describe('note model', () => {
  it('creates notes with target, first author, tags and times, and reads them back', () => {
    const doc = new Y.Doc();
    const created = createNote(doc, { id: 'n1', target: entity('un-gge'), tags: ['norms', ' UN  GGE '] }, { author: alice, now: at(0) });
    expect(created).toEqual({
      id: 'n1',
      target: { kind: 'entity', entityId: 'un-gge' },
      authors: [alice],
      createdAt: at(0),
      updatedAt: at(0),
      tags: ['norms', 'UN GGE'],
      deletedAt: null,
    });
    createNote(doc, { id: 'n2', target: page }, { author: bob, now: at(1) });
    const { notes, problems } = readNotes(doc);
    expect(problems).toEqual([]);
    expect(notes.map((note) => note.id)).toEqual(['n1', 'n2']);
    expect(notes[1]!.target).toEqual(page);
  });

  it('gives new notes distinct ids when none is asked for', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, { target: entity('un') }, { author: alice });
    const b = createNote(doc, { target: entity('un') }, { author: alice });
    expect(a.id).not.toBe(b.id);
    expect(readNotes(doc).notes).toHaveLength(2);
  });

  it('refuses a target peers would not accept', () => {
    const doc = new Y.Doc();
    expect(() => createNote(doc, { target: { kind: 'page', url: 'javascript:alert(1)', quote: '', prefix: '', suffix: '' } }, { author: alice })).toThrow(
      /target\.url: expected an http or https address/,
    );
    expect(() => createNote(doc, { target: { kind: 'entity', entityId: ' ' } }, { author: alice })).toThrow(/target\.entityId/);
    expect(readNotes(doc).notes).toEqual([]);
  });

  it('records edits: updated time and each author once, in order of first contribution', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'n1', target: entity('un') }, { author: alice, now: at(0) });
    recordEdit(doc, 'n1', { author: bob, now: at(5) });
    recordEdit(doc, 'n1', { author: alice, now: at(9) });
    recordEdit(doc, 'n1', { author: { ...bob, name: 'Robert' }, now: at(10) });
    const [note] = readNotes(doc).notes;
    expect(note!.updatedAt).toBe(at(10));
    expect(note!.authors).toEqual([alice, { id: bob.id, name: 'Robert' }]);
  });

  it('adds tags once regardless of case and removes them', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'n1', target: entity('un') }, { author: alice, now: at(0) });
    addTag(doc, 'n1', 'Norms', { author: alice, now: at(1) });
    addTag(doc, 'n1', 'norms', { author: alice, now: at(2) });
    addTag(doc, 'n1', 'attribution', { author: bob, now: at(3) });
    expect(readNotes(doc).notes[0]!.tags).toEqual(['Norms', 'attribution']);
    removeTag(doc, 'n1', 'NORMS', { author: alice, now: at(4) });
    expect(readNotes(doc).notes[0]!.tags).toEqual(['attribution']);
    expect(() => addTag(doc, 'n1', '   ', { author: alice })).toThrow(/not a tag/);
  });

  it('moves notes to the trash, restores them and purges them', () => {
    const onUn: NotesSubject = { kind: 'entity', entityId: 'un' };
    const doc = new Y.Doc();
    createNote(doc, { id: 'n1', target: entity('un') }, { author: alice, now: at(0) });
    createNote(doc, { id: 'n2', target: entity('un') }, { author: alice, now: at(1) });
    trashNote(doc, 'n1', { author: bob, now: at(2) });
    let notes = readNotes(doc).notes;
    expect(notesAbout(notes, onUn, true).map((note) => [note.id, note.deletedAt])).toEqual([['n1', at(2)]]);
    expect(notesAbout(notes, onUn, false).map((note) => note.id)).toEqual(['n2']);

    restoreNote(doc, 'n1');
    notes = readNotes(doc).notes;
    expect(notesAbout(notes, onUn, true)).toEqual([]);
    expect(notesAbout(notes, onUn, false).map((note) => note.id)).toEqual(['n2', 'n1']);

    trashNote(doc, 'n2', { author: bob, now: at(3) });
    purgeNote(doc, 'n2');
    expect(readNotes(doc).notes.map((note) => note.id)).toEqual(['n1']);
    expect(() => restoreNote(doc, 'n2')).toThrow(UnknownNoteError);
  });

  it('empties a purged note body', () => {
    const body = new Y.Doc();
    noteBodyText(body).insert(0, 'Private remark');
    expect(readBody(body)).toBe('Private remark');
    clearNoteBody(body);
    expect(readBody(body)).toBe('');
  });

  it('finds notes by page address without fragment; counts per entity', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'a', target: entity('un'), tags: ['norms'] }, { author: alice, now: at(0) });
    createNote(doc, { id: 'b', target: entity('un') }, { author: alice, now: at(1) });
    createNote(doc, { id: 'c', target: entity('eu'), tags: ['Norms'] }, { author: alice, now: at(2) });
    createNote(doc, { id: 'd', target: page }, { author: alice, now: at(3) });
    trashNote(doc, 'b', { author: alice, now: at(4) });
    const { notes } = readNotes(doc);
    const onPage = (url: string) => notesAbout(notes, { kind: 'page', url }, false).map((note) => note.id);
    expect(onPage('https://example.org/report#section-2')).toEqual(['d']);
    expect(onPage('https://example.org/other')).toEqual([]);
    expect(Object.fromEntries(countByEntity(notes))).toEqual({ un: 1, eu: 1 });
  });
});

describe('reading notes written by peers', () => {
  function peerEntry(fields: Record<string, unknown>): Y.Map<unknown> {
    const entry = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(fields)) entry.set(key, value);
    return entry;
  }

  it('ignores malformed entries, keeps sound ones and says what was wrong', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'good', target: entity('un') }, { author: alice, now: at(0) });
    const valid = { createdAt: at(1), updatedAt: at(1), deletedAt: null, target: { kind: 'entity', entityId: 'eu' } };
    doc.transact(() => {
      notesMap(doc).set('plain', { id: 'plain', ...valid });
      notesMap(doc).set('no-target', peerEntry({ ...valid, id: 'no-target', target: undefined }));
      notesMap(doc).set('bad-kind', peerEntry({ ...valid, id: 'bad-kind', target: { kind: 'video' } }));
      notesMap(doc).set('bad-time', peerEntry({ ...valid, id: 'bad-time', createdAt: 'yesterday' }));
      notesMap(doc).set('other-id', peerEntry({ ...valid, id: 'something-else' }));
      notesMap(doc).set('bad id', peerEntry({ ...valid, id: 'bad id' }));
      notesMap(doc).set('bad-url', peerEntry({ ...valid, id: 'bad-url', target: { ...page, url: 'data:text/html,x' } }));
    });
    const { notes, problems } = readNotes(doc);
    expect(notes.map((note) => note.id)).toEqual(['good']);
    expect(problems).toHaveLength(7);
    expect(problems).toContain('note entry ignored: notes["no-target"].target: expected an object, found nothing');
    expect(problems).toContain('note entry ignored: notes["bad-kind"].target.kind: expected "entity" or "page", found "video"');
    expect(problems.join('\n')).toMatch(/notes\["bad-time"\]\.createdAt: expected an ISO 8601 UTC timestamp/);
  });

  it('drops malformed tags and authors but keeps the note', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'n1', target: entity('un'), tags: ['norms'] }, { author: alice, now: at(0) });
    const entry = notesMap(doc).get('n1') as Y.Map<unknown>;
    doc.transact(() => {
      (entry.get('tags') as Y.Array<unknown>).push([42, '', 'norms', 'x'.repeat(500)]);
      (entry.get('authors') as Y.Map<unknown>).set('mallory', { name: 7 });
    });
    const { notes, problems } = readNotes(doc);
    expect(notes[0]!.tags).toEqual(['norms']);
    expect(notes[0]!.authors).toEqual([alice]);
    expect(problems).toHaveLength(4);
  });

  it('reads a note that a peer trashed with a bad timestamp as a broken entry, not a crash', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'n1', target: entity('un') }, { author: alice, now: at(0) });
    (notesMap(doc).get('n1') as Y.Map<unknown>).set('deletedAt', 12);
    expect(readNotes(doc)).toEqual({
      notes: [],
      problems: ['note entry ignored: notes["n1"].deletedAt: expected an ISO 8601 UTC timestamp such as "2026-01-31T12:00:00.000Z", found number 12'],
    });
  });
});
