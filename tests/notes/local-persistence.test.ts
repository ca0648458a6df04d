import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { forgetSpaceLocally, notesMap, openLocalDoc, openNotesSpace, readBody, type SpaceConfig } from '../../lib/notes';
import { waitFor } from '../../harness/sync-server/wait-for';
import { newDevice } from '../../harness/notes/device';

const config = (space: string): SpaceConfig => ({
  serverUrl: 'ws://127.0.0.1:9',
  space,
  token: 'x'.repeat(43),
  displayName: 'Alice',
  color: '#1f77b4',
  authorId: 'author-alice-0001',
});

describe('notes kept on this device (y-indexeddb)', () => {
  it('reopening a space gives back its notes, tags, trash and bodies', async () => {
    const device = newDevice();
    await device.run(async () => {
      const first = openNotesSpace(config('acme'), { connect: false, relay: null });
      await first.ready;
      const kept = first.create({ kind: 'entity', entityId: 'un-gge' }, ['norms']);
      const trashed = first.create({ kind: 'page', url: 'https://example.org/a', quote: 'q', prefix: '', suffix: '' });
      first.trash(trashed.id);
      const body = await first.openBody(kept.id);
      body.text.insert(0, 'Eleven norms, agreed in 2015.');
      body.release();
      const before = first.notes.get().notes;
      await first.close();

      const second = openNotesSpace(config('acme'), { connect: false, relay: null });
      await second.ready;
      expect(second.notes.get().notes).toEqual(before);
      expect(second.notes.get().notes.map((note) => [note.id, note.deletedAt !== null])).toEqual([
        [kept.id, false],
        [trashed.id, true],
      ]);
      const reopened = await second.openBody(kept.id);
      expect(reopened.text.toString()).toBe('Eleven norms, agreed in 2015.');
      reopened.release();
      await second.close();
    });
  });

  it('stores each edit at once, so a page closed right after typing loses nothing', async () => {
    const device = newDevice();
    await device.run(async () => {
      const page = openLocalDoc('acme/note/n1');
      await page.loaded;
      page.doc.getText('body').insert(0, 'typed just before closing');
      // No close, no flush: the page is simply gone. A fresh reader still finds the edit.
      const reader = openLocalDoc('acme/note/n1', undefined, new Y.Doc());
      await reader.loaded;
      expect(readBody(reader.doc)).toBe('typed just before closing');
      await Promise.all([page.close(), reader.close()]);
    });
  });

  it('keeps spaces and devices apart', async () => {
    const laptop = newDevice();
    const phone = newDevice();
    await laptop.run(async () => {
      const acme = openNotesSpace(config('acme'), { connect: false, relay: null });
      await acme.ready;
      acme.create({ kind: 'entity', entityId: 'osce' });
      await acme.close();
      const globex = openNotesSpace(config('globex'), { connect: false, relay: null });
      await globex.ready;
      expect(globex.notes.get().notes).toEqual([]);
      await globex.close();
    });
    await phone.run(async () => {
      const acme = openNotesSpace(config('acme'), { connect: false, relay: null });
      await acme.ready;
      expect(acme.notes.get().notes).toEqual([]);
      await acme.close();
    });
  });

  it('keeps the extension pages of one device in step without a server', async () => {
    const device = newDevice();
    await device.run(async () => {
      const panel = openNotesSpace(config('acme'), { connect: false, relay: device.relay() });
      const options = openNotesSpace(config('acme'), { connect: false, relay: device.relay() });
      await Promise.all([panel.ready, options.ready]);
      const note = panel.create({ kind: 'entity', entityId: 'un' });
      await waitFor(() => options.notes.get().notes.some((known) => known.id === note.id), 'the note in the other page');

      const inPanel = await panel.openBody(note.id);
      const inOptions = await options.openBody(note.id);
      inPanel.text.insert(0, 'from the panel');
      await waitFor(() => inOptions.text.toString() === 'from the panel', 'the panel edit in the other page');
      inOptions.text.insert(inOptions.text.length, ', and from options');
      await waitFor(() => inPanel.text.toString() === 'from the panel, and from options', 'the reverse edit');

      // A page opened later gets everything, from IndexedDB and from the pages already open.
      const popup = openNotesSpace(config('acme'), { connect: false, relay: device.relay() });
      await popup.ready;
      const inPopup = await popup.openBody(note.id);
      expect(inPopup.text.toString()).toBe('from the panel, and from options');
      for (const body of [inPanel, inOptions, inPopup]) body.release();
      await Promise.all([panel.close(), options.close(), popup.close()]);
    });
  });

  it('leaving a space removes its notes from this device and leaves other spaces alone', async () => {
    const device = newDevice();
    await device.run(async () => {
      for (const space of ['acme', 'globex']) {
        const notes = openNotesSpace(config(space), { connect: false, relay: null });
        await notes.ready;
        const body = await notes.openBody(notes.create({ kind: 'entity', entityId: 'un' }).id);
        body.text.insert(0, `kept in ${space}`);
        body.release();
        await notes.close();
      }
      const before = (await indexedDB.databases()).map((db) => db.name).sort();
      // The index, the team glossary, the note's body and the sync ledger.
      expect(before.filter((name) => name?.includes('acme'))).toHaveLength(4);

      await forgetSpaceLocally('acme');
      const after = (await indexedDB.databases()).map((db) => db.name).sort();
      expect(after).toEqual(before.filter((name) => !name?.includes('acme')));
      const acme = openNotesSpace(config('acme'), { connect: false, relay: null });
      const globex = openNotesSpace(config('globex'), { connect: false, relay: null });
      await Promise.all([acme.ready, globex.ready]);
      expect(acme.notes.get().notes).toEqual([]);
      expect(globex.notes.get().notes).toHaveLength(1);
      await Promise.all([acme.close(), globex.close()]);
    });
  });

  it('ignores malformed entries a peer stored, and reports each once', async () => {
    const device = newDevice();
    await device.run(async () => {
      const raw = openLocalDoc('acme');
      await raw.loaded;
      raw.doc.transact(() => {
        notesMap(raw.doc).set('broken', 'not a note');
        const entry = new Y.Map<unknown>();
        notesMap(raw.doc).set('n1', entry);
        entry.set('id', 'n1');
        entry.set('target', { kind: 'entity', entityId: 'un' });
        entry.set('createdAt', '2026-01-01T00:00:00.000Z');
        entry.set('updatedAt', '2026-01-01T00:00:00.000Z');
        entry.set('deletedAt', null);
      });
      await raw.close();

      const problems: string[] = [];
      const space = openNotesSpace(config('acme'), { connect: false, relay: null, report: (problem) => problems.push(problem) });
      await space.ready;
      space.create({ kind: 'entity', entityId: 'eu' });
      expect(space.notes.get().notes.map((note) => note.target)).toEqual([
        { kind: 'entity', entityId: 'un' },
        { kind: 'entity', entityId: 'eu' },
      ]);
      expect(problems).toEqual(['note entry ignored: notes["broken"]: expected a shared map, found "not a note"']);
      await space.close();
    });
  });
});
