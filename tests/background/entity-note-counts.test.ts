import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createNoteCounter, type OpenIndex } from '../../lib/background/entity-note-counts';
import { createNote, indexDocName, trashNote, type SpaceConfig } from '../../lib/notes';

const author = { id: 'author-alice', name: 'Alice' };
const space = (name: string): SpaceConfig => ({
  serverUrl: 'wss://notes.example.org',
  space: name,
  token: 't',
  displayName: 'Alice',
  color: '#336699',
  authorId: author.id,
});

/** Index documents by name, as if stored on this device. */
function device(docs: Record<string, Y.Doc>) {
  const closed: string[] = [];
  const openIndex = vi.fn((name: string): OpenIndex => ({
    doc: docs[name] ?? new Y.Doc(),
    loaded: Promise.resolve(),
    close: async () => void closed.push(name),
  }));
  return { openIndex, closed };
}

function indexWith(...notes: Array<{ entityId: string; trashed?: boolean }>): Y.Doc {
  const doc = new Y.Doc();
  for (const n of notes) {
    const { id } = createNote(doc, { target: { kind: 'entity', entityId: n.entityId } }, { author });
    if (n.trashed) trashNote(doc, id, { author });
  }
  return doc;
}

describe('createNoteCounter', () => {
  it('has no count while this device is in no team space', async () => {
    const { openIndex } = device({});
    const count = createNoteCounter({ loadSpace: async () => null, openIndex });
    expect(await count('cicir')).toBeNull();
    expect(openIndex).not.toHaveBeenCalled();
  });

  it('counts an entity’s notes outside the trash, and zero for one without notes', async () => {
    const doc = indexWith({ entityId: 'cicir' }, { entityId: 'cicir' }, { entityId: 'cicir', trashed: true }, { entityId: 'csis' });
    const { openIndex } = device({ [indexDocName('policy')]: doc });
    const count = createNoteCounter({ loadSpace: async () => space('policy'), openIndex });
    expect(await count('cicir')).toBe(2);
    expect(await count('un-gge')).toBe(0);
  });

  it('keeps the index open between requests and follows changes to it', async () => {
    const doc = indexWith({ entityId: 'cicir' });
    const { openIndex } = device({ [indexDocName('policy')]: doc });
    const count = createNoteCounter({ loadSpace: async () => space('policy'), openIndex });
    expect(await count('cicir')).toBe(1);
    createNote(doc, { target: { kind: 'entity', entityId: 'cicir' } }, { author });
    expect(await count('cicir')).toBe(2);
    expect(openIndex).toHaveBeenCalledTimes(1);
  });

  it('switches to the new space’s index when the member changes space, closing the old one', async () => {
    const { openIndex, closed } = device({
      [indexDocName('policy')]: indexWith({ entityId: 'cicir' }),
      [indexDocName('research')]: indexWith(),
    });
    let current = space('policy');
    const count = createNoteCounter({ loadSpace: async () => current, openIndex });
    expect(await count('cicir')).toBe(1);
    current = space('research');
    expect(await count('cicir')).toBe(0);
    expect(closed).toEqual([indexDocName('policy')]);
  });
});
