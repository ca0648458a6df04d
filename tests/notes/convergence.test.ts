import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addTag,
  createNote,
  noteBodyText,
  purgeNote,
  readNotes,
  recordEdit,
  removeTag,
  restoreNote,
  trashNote,
  type NoteAuthor,
} from '../../lib/notes';
import { pick, seededRandom } from '../../harness/seeded-random';

const TAGS = ['norms', 'Norms', 'attribution', 'cbm', 'sovereignty'];
const ENTITIES = ['un-gge', 'osce', 'china', 'united-states'];

interface Member {
  author: NoteAuthor;
  index: Y.Doc;
  body: Y.Doc;
  created: number;
}

function member(name: string): Member {
  return { author: { id: `author-${name}`, name }, index: new Y.Doc(), body: new Y.Doc(), created: 0 };
}

/** One random change to the member's copy of the index or of a shared note body. */
function randomEdit(random: () => number, m: Member, minute: number): void {
  const now = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
  const context = { author: m.author, now };
  const ids = readNotes(m.index).notes.map((note) => note.id);
  const roll = random();
  if (roll < 0.45) {
    const text = noteBodyText(m.body);
    if (text.length > 0 && random() < 0.35) {
      const at = Math.floor(random() * text.length);
      text.delete(at, Math.min(text.length - at, 1 + Math.floor(random() * 6)));
    } else {
      text.insert(Math.floor(random() * (text.length + 1)), pick(random, ['UN ', 'GGE ', 'norms ', '2015 ', '\n', 'é ']));
    }
  } else if (roll < 0.6 || ids.length === 0) {
    m.created += 1;
    createNote(m.index, { id: `${m.author.name}-${m.created}`, target: { kind: 'entity', entityId: pick(random, ENTITIES) }, tags: [pick(random, TAGS)] }, context);
  } else {
    const id = pick(random, ids);
    const action = random();
    if (action < 0.25) addTag(m.index, id, pick(random, TAGS), context);
    else if (action < 0.4) removeTag(m.index, id, pick(random, TAGS), context);
    else if (action < 0.55) trashNote(m.index, id, context);
    else if (action < 0.7) restoreNote(m.index, id);
    else if (action < 0.78) purgeNote(m.index, id);
    else recordEdit(m.index, id, context);
  }
}

/** Sends each side what the other lacks, as the sync protocol does. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, forB, 'peer');
  Y.applyUpdate(a, forA, 'peer');
}

describe('concurrent offline editing', () => {
  for (const seed of [1, 7, 42, 2026]) {
    it(`converges after many random edits on two devices (seed ${seed})`, () => {
      const random = seededRandom(seed);
      const alice = member('alice');
      const bob = member('bob');
      let minute = 0;
      for (let round = 0; round < 12; round += 1) {
        // Each side edits offline for a while, in its own order, then they exchange updates.
        const edits = 5 + Math.floor(random() * 30);
        for (let i = 0; i < edits; i += 1) {
          minute += 1;
          randomEdit(random, random() < 0.5 ? alice : bob, minute);
        }
        exchange(alice.index, bob.index);
        exchange(alice.body, bob.body);

        expect(noteBodyText(alice.body).toString()).toBe(noteBodyText(bob.body).toString());
        expect(alice.index.getMap('notes').toJSON()).toEqual(bob.index.getMap('notes').toJSON());
        const aliceNotes = readNotes(alice.index);
        expect(aliceNotes.problems).toEqual([]);
        expect(aliceNotes.notes).toEqual(readNotes(bob.index).notes);
      }
      // The run did exercise the model: notes exist, some in the trash, and bodies have text.
      const notes = readNotes(alice.index).notes;
      expect(notes.length).toBeGreaterThan(0);
      expect(noteBodyText(alice.body).length).toBeGreaterThan(0);
    });
  }

  it('keeps both members’ tags when they tag the same note at once, once each', () => {
    const alice = member('alice');
    const bob = member('bob');
    createNote(alice.index, { id: 'n1', target: { kind: 'entity', entityId: 'osce' } }, { author: alice.author, now: '2026-01-01T00:00:00.000Z' });
    exchange(alice.index, bob.index);
    addTag(alice.index, 'n1', 'norms', { author: alice.author });
    addTag(bob.index, 'n1', 'Norms', { author: bob.author });
    addTag(bob.index, 'n1', 'cbm', { author: bob.author });
    trashNote(alice.index, 'n1', { author: alice.author, now: '2026-01-01T00:05:00.000Z' });
    exchange(alice.index, bob.index);
    const [note] = readNotes(bob.index).notes;
    expect(new Set(note!.tags.map((tag) => tag.toLowerCase()))).toEqual(new Set(['norms', 'cbm']));
    expect(note!.tags).toHaveLength(2);
    expect(note!.deletedAt).toBe('2026-01-01T00:05:00.000Z');
    expect(readNotes(alice.index).notes).toEqual(readNotes(bob.index).notes);
  });
});
