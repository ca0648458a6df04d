import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createPageNoteSource } from '../../lib/background/page-note-source';
import type { OpenIndex } from '../../lib/background/entity-note-counts';
import { createNote, indexDocName, recordEdit, trashNote, type NoteTarget, type SpaceConfig } from '../../lib/notes';
import { readNotePassages } from '../../lib/shared/note-passages';

const alice = { id: 'author-alice', name: 'Alice' };
const bob = { id: 'author-bob', name: 'Bob' };
const space: SpaceConfig = {
  serverUrl: 'wss://notes.example.org',
  space: 'policy',
  token: 't',
  displayName: 'Alice',
  color: '#336699',
  authorId: alice.id,
};
const ARTICLE = 'https://www.egmontinstitute.be/us-china-cybersecurity-agreement/';
const on = (url: string, quote: string, prefix = 'The agreement states that ', suffix = ' or support such'): NoteTarget => ({
  kind: 'page',
  url,
  quote,
  prefix,
  suffix,
});

function sourceOver(doc: Y.Doc, changed = () => undefined) {
  const openIndex = vi.fn((): OpenIndex => ({ doc, loaded: Promise.resolve(), close: async () => undefined }));
  return createPageNoteSource({ loadSpace: async () => space, openIndex, changed, settleMs: 0 });
}

describe('the passages a page is told of', () => {
  it('groups the notes on one passage, under any address of the page, with counts and authors only', async () => {
    const doc = new Y.Doc();
    const quote = 'both sides will not engage in cyber-enabled economic espionage';
    const first = createNote(doc, { id: 'n-b', target: on(ARTICLE, quote) }, { author: alice });
    createNote(doc, { id: 'n-a', target: on('https://egmontinstitute.be/us-china-cybersecurity-agreement?utm_source=x#top', quote) }, { author: bob });
    recordEdit(doc, first.id, { author: bob });
    createNote(doc, { id: 'n-c', target: on(ARTICLE, 'Clearly, distrust dominates this relationship', 'espionage. ', '') }, { author: bob });
    createNote(doc, { id: 'n-d', target: on('https://example.org/other', quote) }, { author: alice });
    createNote(doc, { id: 'n-e', target: { kind: 'entity', entityId: 'cicir' }, tags: ['secret-tag'] }, { author: alice });
    createNote(doc, { id: 'n-f', target: on(ARTICLE, '') }, { author: alice });

    const passages = await sourceOver(doc).passages('http://m.egmontinstitute.be/amp/us-china-cybersecurity-agreement/', null);
    expect(passages).toEqual([
      { key: 'n-a', quote, prefix: 'The agreement states that ', suffix: ' or support such', count: 2, authors: ['Alice', 'Bob'] },
      { key: 'n-c', quote: 'Clearly, distrust dominates this relationship', prefix: 'espionage. ', suffix: '', count: 1, authors: ['Bob'] },
    ]);
    // What the content script receives passes its own check unchanged.
    expect(readNotePassages(JSON.parse(JSON.stringify(passages)))).toEqual(passages);
    expect(JSON.stringify(passages)).not.toMatch(/n-b|n-d|n-e|secret-tag|cicir/);
  });

  it('finds the page by a canonical link on its own site, not by one to another site', async () => {
    const doc = new Y.Doc();
    createNote(doc, { target: on(ARTICLE, 'a passage') }, { author: alice });
    const source = sourceOver(doc);
    expect(await source.passages('https://egmontinstitute.be/?p=4411', ARTICLE)).toHaveLength(1);
    expect(await source.passages('https://copycat.example/story', ARTICLE)).toEqual([]);
  });

  it('leaves trashed notes out, and says when the notes changed', async () => {
    const doc = new Y.Doc();
    const note = createNote(doc, { target: on(ARTICLE, 'a passage') }, { author: alice });
    let changes = 0;
    const source = sourceOver(doc, () => void (changes += 1));
    expect(await source.passages(ARTICLE, null)).toHaveLength(1);
    trashNote(doc, note.id, { author: alice });
    await vi.waitFor(() => expect(changes).toBe(1));
    expect(await source.passages(ARTICLE, null)).toEqual([]);
  });

  it('has nothing while the member is in no team space', async () => {
    const openIndex = vi.fn();
    const source = createPageNoteSource({ loadSpace: async () => null, openIndex, changed: () => undefined });
    expect(await source.passages(ARTICLE, null)).toBeNull();
    expect(openIndex).not.toHaveBeenCalled();
  });
});

describe('readNotePassages', () => {
  it('refuses what is not a list of passages, saying where', () => {
    expect(() => readNotePassages({})).toThrow('expected a list');
    expect(() => readNotePassages([{ key: 'k', quote: '', prefix: '', suffix: '', count: 1, authors: [] }])).toThrow('note passages[0].quote');
    expect(() => readNotePassages([{ key: 'k', quote: 'q', prefix: '', suffix: '', count: 0, authors: [] }])).toThrow('note passages[0].count');
    expect(() => readNotePassages([{ key: 'k', quote: 'q', prefix: '', suffix: '', count: 1, authors: [3] }])).toThrow('note passages[0].authors');
  });
});
