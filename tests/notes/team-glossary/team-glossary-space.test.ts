import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildNotesExport, NotesFileError, openNotesSpace, parseNotesExport, serialiseNotesExport } from '../../../lib/notes';
import { entriesMap } from '../../../lib/notes/team-glossary';
import { newDevice } from '../../../harness/notes/device';
import { offlineMember } from '../../../harness/notes/offline-space';
import { bundled, oewgDraft } from './fixtures';

const config = offlineMember;

describe('the team glossary in an open space', () => {
  it('is kept on this device, and a malformed entry from a peer is reported once and skipped', async () => {
    const device = newDevice();
    const warnings: string[] = [];
    await device.run(async () => {
      const first = openNotesSpace(config('acme'), { connect: false, relay: null, report: (p) => warnings.push(p) });
      await first.ready;
      expect(first.glossary.save(oewgDraft(), bundled).problems).toEqual([]);
      // What a hostile peer's update would bring.
      first.glossary.doc.transact(() => entriesMap(first.glossary.doc).set('broken', new Y.Map()));
      first.glossary.doc.transact(() => entriesMap(first.glossary.doc).set('other', 'x'));
      expect(first.glossary.entries.get().entries.map((e) => e.id)).toEqual(['oewg']);
      await first.close();

      const again = openNotesSpace(config('acme'), { connect: false, relay: null, report: (p) => warnings.push(p) });
      await again.ready;
      expect((await again.exportGlossary()).map((e) => e.id)).toEqual(['oewg']);
      await again.close();
    });
    expect(warnings.filter((w) => w.startsWith('team entry "broken"'))).toHaveLength(2);
    expect(warnings[0]).toBe('team entry "broken", field "id": skipped: expected non-empty text, got nothing');
  });

  it('is exported with the notes and imported into another space, and a bad entry refuses the file', async () => {
    const source = newDevice();
    const json = await source.run(async () => {
      const space = openNotesSpace(config('acme'), { connect: false, relay: null });
      await space.ready;
      space.glossary.save(oewgDraft(), bundled);
      space.create({ kind: 'entity', entityId: 'oewg' });
      const text = serialiseNotesExport(buildNotesExport('acme', await space.exportNotes(), '2026-12-03T12:00:00.000Z', await space.exportGlossary()));
      await space.close();
      return text;
    });
    expect(parseNotesExport(json).glossary?.map((e) => e.id)).toEqual(['oewg']);

    const target = newDevice();
    await target.run(async () => {
      const other = openNotesSpace(config('globex', 'Bob'), { connect: false, relay: null });
      await other.ready;
      const plan = await other.importNotes(json, 'acme.json');
      expect(plan.added).toHaveLength(1);
      const [entry] = await other.exportGlossary();
      // The import keeps who added the entry, not who imported it.
      expect(entry).toMatchObject({ id: 'oewg', addedBy: { name: 'Alice' }, name: 'Open-Ended Working Group' });

      const bad = JSON.parse(json) as { glossary: Array<Record<string, unknown>> };
      bad.glossary[0]!.facts = [{ text: 'Uncited.' }];
      await expect(other.importNotes(JSON.stringify(bad), 'bad.json')).rejects.toThrow(NotesFileError);
      await expect(other.importNotes(JSON.stringify(bad), 'bad.json')).rejects.toThrow(/glossary\[0\]: team entry "oewg", field "facts\[0\]\.source"/);
      await other.close();
    });
  });
});
