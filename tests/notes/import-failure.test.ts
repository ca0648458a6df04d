import { afterEach, describe, expect, it } from 'vitest';
import { IDBObjectStore } from 'fake-indexeddb';
import {
  buildNotesExport,
  insertNote,
  localDatabaseName,
  noteDocName,
  NotesFileError,
  openNotesSpace,
  serialiseNotesExport,
  type NotesSpace,
  type NoteWithBody,
  type SpaceConfig,
} from '../../lib/notes';
import { newDevice, type Device } from '../../harness/notes/device';

const config: SpaceConfig = {
  serverUrl: 'ws://127.0.0.1:9',
  space: 'globex',
  token: 'x'.repeat(43),
  displayName: 'Bob',
  color: '#1f77b4',
  authorId: 'author-bob-0001',
};

function fileNotes(count: number): NoteWithBody[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    target: { kind: 'entity', entityId: `entity-${i}` },
    authors: [{ id: 'author-alice-0001', name: 'Alice' }],
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-11T09:00:00.000Z',
    tags: ['imported'],
    deletedAt: null,
    body: `Note ${i}: ${'text of the note '.repeat(20)}`,
  }));
}

const json = (notes: NoteWithBody[]) => serialiseNotesExport(buildNotesExport('acme', notes, '2026-02-01T10:00:00.000Z'));

/** Makes this device's storage refuse to write the text of one note's body, as a full disk would. */
function failBodyWrites(noteId: string): () => void {
  const original = IDBObjectStore.prototype.add;
  const database = localDatabaseName(noteDocName(config.space, noteId));
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    // The empty state y-indexeddb writes on opening is let through: only the text is refused.
    if (this.transaction.db.name === database && value instanceof Uint8Array && value.byteLength > 64) {
      throw new DOMException('the disk is full', 'QuotaExceededError');
    }
    return original.call(this, value, key);
  } as typeof original;
  return () => {
    IDBObjectStore.prototype.add = original;
  };
}

/** Every note the space shows, with its body as a page opened afresh reads it. */
async function visibleNotes(device: Device): Promise<Map<string, string>> {
  return device.run(async () => {
    const space = openNotesSpace(config, { connect: false, relay: null });
    await space.ready;
    const notes = new Map((await space.exportNotes()).map((note) => [note.id, note.body]));
    await space.close();
    return notes;
  });
}

async function withSpace<T>(device: Device, action: (space: NotesSpace) => Promise<T>): Promise<T> {
  return device.run(async () => {
    const space = openNotesSpace(config, { connect: false, relay: null });
    await space.ready;
    try {
      return await action(space);
    } finally {
      await space.close();
    }
  });
}

describe('an import that fails part-way', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('shows none of the notes it was adding, and importing again adds them whole', async () => {
    const notes = fileNotes(6);
    const device = newDevice();
    restore = failBodyWrites(notes[3]!.id);
    const failure = await withSpace(device, (space) => space.importNotes(json(notes), 'acme.json').then(() => null, (error: unknown) => error));
    restore();
    expect(await visibleNotes(device)).toEqual(new Map());
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain(`acme.json: note ${notes[3]!.id} could not be stored on this device`);

    const plan = await withSpace(device, (space) => space.importNotes(json(notes), 'acme.json'));
    expect(plan.added.map((note) => note.id)).toEqual(notes.map((note) => note.id));
    expect(await visibleNotes(device)).toEqual(new Map(notes.map((note) => [note.id, note.body])));
  });

  it('is repaired by importing again: notes left with an empty body get their text back', async () => {
    const notes = fileNotes(4);
    const device = newDevice();
    // What an import that wrote the index first and failed before the bodies left behind.
    await withSpace(device, async (space) => {
      space.index.transact(() => {
        for (const { body: _body, ...note } of notes) insertNote(space.index, note);
      });
      const body = await space.openBody(notes[0]!.id);
      body.text.insert(0, notes[0]!.body);
      body.release();
    });
    const broken = await visibleNotes(device);
    expect([...broken.values()].filter((body) => body === '')).toHaveLength(3);

    const plan = await withSpace(device, (space) => space.importNotes(json(notes), 'acme.json'));
    expect(plan.added).toEqual([]);
    expect(plan.repaired.map((note) => note.id)).toEqual(notes.slice(1).map((note) => note.id));
    expect(plan.skipped).toEqual([notes[0]!.id]);
    expect(await visibleNotes(device)).toEqual(new Map(notes.map((note) => [note.id, note.body])));
  });

  it('leaves alone a note emptied on purpose after the import', async () => {
    const [note] = fileNotes(1);
    const device = newDevice();
    await withSpace(device, (space) => space.importNotes(json([note!]), 'acme.json'));
    await withSpace(device, async (space) => {
      const body = await space.openBody(note!.id);
      body.text.delete(0, body.text.length);
      body.release();
    });
    // The edit mark is written when the body closes: the note's updated time moved on.
    const plan = await withSpace(device, (space) => space.importNotes(json([note!]), 'acme.json'));
    expect(plan.repaired).toEqual([]);
    expect(plan.skipped).toEqual([note!.id]);
    expect(await visibleNotes(device)).toEqual(new Map([[note!.id, '']]));
  });
});
