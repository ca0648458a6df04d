import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  buildNotesExport,
  NotesFileError,
  notesToMarkdown,
  openNotesSpace,
  parseNotesExport,
  serialiseNotesExport,
  type NotesSpace,
  type NoteWithBody,
} from '../../lib/notes';
import { newDevice } from '../../harness/notes/device';
import { offlineMember } from '../../harness/notes/offline-space';

const config = offlineMember;

/** A space on a fresh device with three notes: one on an entity, one on a page, one trashed. */
async function spaceWithNotes(space: string): Promise<{ notes: NotesSpace; run: <T>(action: () => T) => T }> {
  const device = newDevice();
  return device.run(async () => {
    const notes = openNotesSpace(config(space), { connect: false, relay: null });
    await notes.ready;
    const entity = notes.create({ kind: 'entity', entityId: 'un-gge' }, ['norms', 'UN']);
    const page = notes.create({ kind: 'page', url: 'https://example.org/talks?id=3', quote: 'no first use', prefix: 'a ', suffix: ' pledge' });
    const trashed = notes.create({ kind: 'entity', entityId: 'osce' });
    notes.trash(trashed.id);
    for (const [id, text] of [
      [entity.id, '## Eleven norms\n\n- no attacks on *critical infrastructure*\n\n```\n# not a heading\n```\n'],
      [page.id, 'Compare with the [2015 report](https://example.org/a70-174).'],
      [trashed.id, ''],
    ] as const) {
      const body = await notes.openBody(id);
      body.text.insert(0, text);
      body.release();
    }
    return { notes, run: device.run };
  });
}

describe('exporting and importing notes', () => {
  it('round-trips every note, its body, tags, authors, dates and trash state through JSON', async () => {
    const source = await spaceWithNotes('acme');
    const exported = await source.run(() => source.notes.exportNotes());
    expect(exported).toHaveLength(3);
    const json = serialiseNotesExport(buildNotesExport('acme', exported, '2026-02-01T10:00:00.000Z'));

    const target = newDevice();
    await target.run(async () => {
      const other = openNotesSpace(config('globex', 'Bob'), { connect: false, relay: null });
      await other.ready;
      const plan = await other.importNotes(json, 'acme-notes.json');
      expect(plan.added.map((note) => note.id)).toEqual(exported.map((note) => note.id));
      expect(plan.skipped).toEqual([]);
      // The import keeps who wrote the notes and when, not who imported them.
      expect(await other.exportNotes()).toEqual(exported);

      // Importing the same file again adds nothing.
      const again = await other.importNotes(json, 'acme-notes.json');
      expect(again.added).toEqual([]);
      expect(again.skipped).toHaveLength(3);
      expect(await other.exportNotes()).toEqual(exported);
      await other.close();
    });
    await source.run(() => source.notes.close());
  });

  it('writes Markdown with one section per note: target, tags, authors, dates, body', async () => {
    const source = await spaceWithNotes('acme');
    const exported = await source.run(() => source.notes.exportNotes());
    const markdown = notesToMarkdown('acme', exported, {
      now: '2026-02-01T10:00:00.000Z',
      entityName: (id) => ({ 'un-gge': 'UN Group of Governmental Experts' })[id],
    });
    const sections = markdown.split(/^## /m).slice(1);
    expect(sections).toHaveLength(3);
    // Notes made in the same millisecond come in id order; find each section by its heading.
    const section = (heading: string) => sections.find((text) => text.startsWith(heading)) ?? '';
    const [onEntity, onPage, inTrash] = [section('Note on UN Group'), section('Note on “no first use”'), section('Note on osce')];
    expect(markdown).toMatch(/^# Team notes: acme\n\nExported 2026-02-01T10:00:00.000Z; 3 notes\./);
    expect(onEntity).toContain('Note on UN Group of Governmental Experts\n');
    expect(onEntity).toContain('- Target: UN Group of Governmental Experts (`un-gge`)');
    expect(onEntity).toContain('- Tags: norms, UN');
    expect(onEntity).toContain('- Authors: Alice');
    expect(onEntity).toContain(`- Created: ${exported.find((note) => note.target.kind === 'entity' && note.target.entityId === 'un-gge')!.createdAt}; updated: `);
    expect(onEntity).toContain('\n#### Eleven norms\n\n- no attacks on *critical infrastructure*');
    expect(onPage).toContain('- Target: <https://example.org/talks?id=3> — “no first use”');
    expect(inTrash).toContain('- Target: entity `osce`');
    expect(inTrash).toMatch(/- In the trash since \d{4}-/);
    expect(inTrash).toContain('*(empty)*');
    expect(onEntity).toContain('```\n# not a heading\n```');
    await source.run(() => source.notes.close());
  });

  it('rejects a bad file whole, names the place and what was expected, and changes nothing', async () => {
    const source = await spaceWithNotes('acme');
    const exported = await source.run(() => source.notes.exportNotes());
    const good = buildNotesExport('acme', exported, '2026-02-01T10:00:00.000Z');
    const withNote = (index: number, change: Partial<Record<keyof NoteWithBody, unknown>>) => ({
      ...good,
      notes: good.notes.map((note, i) => (i === index ? { ...note, ...change } : note)),
    });
    const cases: Array<[string, string]> = [
      ['{"format": "attache-notes",\n "version": 1,\n}', 'bad.json: line 3, column 1: not valid JSON: Expected double-quoted property name'],
      [JSON.stringify([good]), 'bad.json: (top level): expected an object, found an array'],
      [JSON.stringify({ ...good, format: 'other' }), 'bad.json: format: expected "attache-notes" (an Attaché notes export), found "other"'],
      [JSON.stringify({ ...good, version: 2 }), 'bad.json: version: expected 1, the format this version of Attaché reads, found number 2'],
      [JSON.stringify(withNote(2, { target: { kind: 'page', url: 'javascript:alert(1)', quote: '', prefix: '', suffix: '' } })), 'bad.json: notes[2].target.url: expected an http or https address, found "javascript:alert(1)"'],
      [JSON.stringify(withNote(2, { tags: ['ok', 7] })), 'bad.json: notes[2].tags[1]: expected a tag of 1 to 60 characters, found number 7'],
      [JSON.stringify(withNote(1, { id: good.notes[0]!.id })), `bad.json: notes[1].id: expected an id not used by an earlier note, found "${good.notes[0]!.id}"`],
      [JSON.stringify(withNote(2, { createdAt: '1 May' })), 'bad.json: notes[2].createdAt: expected an ISO 8601 UTC timestamp such as "2026-01-31T12:00:00.000Z", found "1 May"'],
      [JSON.stringify(withNote(2, { body: null })), 'bad.json: notes[2].body: expected a string, found null'],
    ];

    const target = newDevice();
    await target.run(async () => {
      const other = openNotesSpace(config('globex', 'Bob'), { connect: false, relay: null });
      await other.ready;
      const kept = other.create({ kind: 'entity', entityId: 'china' });
      const before = Y.encodeStateAsUpdate(other.index);
      for (const [text, message] of cases) {
        const error = await other.importNotes(text, 'bad.json').then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(error, message).toBeInstanceOf(NotesFileError);
        expect((error as Error).message.startsWith(message), `${(error as Error).message}\n  should start with\n${message}`).toBe(true);
      }
      // The last note of every bad file was fine and the others came first: still nothing added.
      expect(Y.encodeStateAsUpdate(other.index)).toEqual(before);
      expect(other.notes.get().notes.map((note) => note.id)).toEqual([kept.id]);
      await other.close();
    });
    await source.run(() => source.notes.close());
  });

  it('parses exactly what it exported', () => {
    const file = buildNotesExport('acme', [], '2026-02-01T10:00:00.000Z');
    expect(parseNotesExport(serialiseNotesExport(file))).toEqual(file);
  });
});
