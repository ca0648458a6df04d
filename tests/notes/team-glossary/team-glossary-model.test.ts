import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  entriesMap,
  readTeamGlossary,
  saveTeamEntry,
  teamClashes,
  formatClash,
} from '../../../lib/notes/team-glossary';
import { alice, bob, bundled, oewgDraft, source } from './fixtures';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 12, minute)).toISOString();

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('team glossary model', () => {
  it('writes an entry with who added and changed it and when, and reads it back', () => {
    const doc = new Y.Doc();
    const result = saveTeamEntry(doc, oewgDraft(), { author: alice, bundled, now: at(0) });
    expect(result.problems).toEqual([]);
    saveTeamEntry(doc, oewgDraft({ aliases: ['OEWG', 'Open-ended WG'] }), { author: bob, bundled, now: at(5) });
    const [entry] = readTeamGlossary(doc).entries;
    expect(entry).toMatchObject({
      id: 'oewg',
      name: 'Open-Ended Working Group',
      aliases: ['OEWG', 'Open-ended WG'],
      facts: [{ text: 'It adopted its final report by consensus in July 2025.', source }],
      addedBy: alice,
      addedAt: at(0),
      changedBy: bob,
      changedAt: at(5),
    });
  });

  it('merges concurrent edits of one entry from two peers', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    saveTeamEntry(a, oewgDraft(), { author: alice, bundled, now: at(0) });
    sync(a, b);
    // Offline at the same time: Alice rewrites the summary and adds an alias, Bob adds a fact
    // and an alias of his own.
    expect(saveTeamEntry(a, oewgDraft({ summary: 'The open-ended UN process on ICT security.', aliases: ['OEWG', 'Open-ended WG'] }), { author: alice, bundled, now: at(1) }).problems).toEqual([]);
    const bobFact = { text: 'Its mandate ran from 2021 to 2025.', source: { ...source, quote: 'mandate from 2021 to 2025' } };
    const bobDraft = oewgDraft({ aliases: ['OEWG', 'UN OEWG'] });
    bobDraft.facts = [...(bobDraft.facts as unknown[]), bobFact];
    expect(saveTeamEntry(b, bobDraft, { author: bob, bundled, now: at(2) }).problems).toEqual([]);
    sync(a, b);

    const fromA = readTeamGlossary(a);
    expect(fromA).toEqual(readTeamGlossary(b));
    expect(fromA.problems).toEqual([]);
    const [entry] = fromA.entries;
    expect(entry?.summary).toBe('The open-ended UN process on ICT security.');
    expect(new Set(entry?.aliases)).toEqual(new Set(['OEWG', 'Open-ended WG', 'UN OEWG']));
    expect(entry?.facts).toHaveLength(2);
    // The last change is one of the two, the same on both peers, with its own time.
    expect([[alice, at(1)], [bob, at(2)]]).toContainEqual([entry?.changedBy, entry?.changedAt]);
  });

  it('keeps one copy of an alias two peers add at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    saveTeamEntry(a, oewgDraft(), { author: alice, bundled, now: at(0) });
    sync(a, b);
    saveTeamEntry(a, oewgDraft({ aliases: ['OEWG', 'Working Group'] }), { author: alice, bundled, now: at(1) });
    saveTeamEntry(b, oewgDraft({ aliases: ['OEWG', 'Working Group'] }), { author: bob, bundled, now: at(1) });
    sync(a, b);
    expect(readTeamGlossary(a).entries[0]?.aliases).toEqual(['OEWG', 'Working Group']);
  });

  it('refuses an alias that clashes, naming the bundled or team entity it clashes with', () => {
    const doc = new Y.Doc();
    const withGge = saveTeamEntry(doc, oewgDraft({ aliases: ['OEWG', 'GGE'] }), { author: alice, bundled, now: at(0) });
    expect(withGge.problems).toEqual([
      { field: 'aliases[1]', message: '"GGE" is also a name of the bundled entity "UN Group of Governmental Experts" (un-gge); add a rule with cues for it to tell them apart' },
    ]);
    expect(readTeamGlossary(doc).entries).toEqual([]);

    saveTeamEntry(doc, oewgDraft(), { author: alice, bundled, now: at(0) });
    const other = saveTeamEntry(
      doc,
      { ...oewgDraft(), id: 'oewg-2021', name: 'OEWG 2021-2025', aliases: ['oewg'] },
      { author: bob, bundled, now: at(1) },
    );
    expect(other.problems.map((p) => p.message)).toEqual([
      '"oewg" is also a name of the team entry "Open-Ended Working Group" (oewg); add a rule with cues for it to tell them apart',
    ]);
    // With cues on both sides, the form may be shared, as in the bundled glossary.
    const withCues = saveTeamEntry(
      doc,
      { ...oewgDraft(), id: 'oewg-2021', name: 'OEWG 2021-2025', aliases: ['OEWG'], rules: [{ form: 'OEWG', cues: ['2021'] }] },
      { author: bob, bundled, now: at(1) },
    );
    expect(withCues.problems).toEqual([]);
    // The first entry has no cues for it, so the clash is still shown on it.
    expect(teamClashes(readTeamGlossary(doc).entries, bundled).map(formatClash)).toEqual([
      '"OEWG" is also a name of the team entry "OEWG 2021-2025" (oewg-2021); add a rule with cues for it to tell them apart',
    ]);
  });

  it('extends a bundled entity without clashing with its own names, and refuses an unknown one', () => {
    const doc = new Y.Doc();
    const extension = { id: 'un-gge-team', extends: 'un-gge', aliases: ['Group of Experts'], rules: [{ form: 'GGE', ambiguous: true }], facts: [{ text: 'A sixth GGE met in 2021.', source }] };
    expect(saveTeamEntry(doc, extension, { author: alice, bundled, now: at(0) }).problems).toEqual([]);
    expect(saveTeamEntry(doc, { ...extension, id: 'x', extends: 'no-such', aliases: [], rules: [] }, { author: alice, bundled, now: at(0) }).problems).toEqual([
      { field: 'extends', message: 'no bundled entity has the id "no-such"' },
    ]);
  });

  it('refuses a relation to an entity that is neither bundled nor the team\'s', () => {
    const doc = new Y.Doc();
    const result = saveTeamEntry(doc, oewgDraft({ relations: [{ type: 'successor of', target: 'un-ggee', source }] }), { author: alice, bundled, now: at(0) });
    expect(result.problems).toEqual([{ field: 'relations[0].target', message: 'unknown entity id "un-ggee"' }]);
    expect(saveTeamEntry(doc, oewgDraft({ relations: [{ type: 'successor of', target: 'un-gge', source }] }), { author: alice, bundled, now: at(0) }).problems).toEqual([]);
  });

  it('skips a malformed or oversized entry from a peer with a warning, and reads the rest', () => {
    const doc = new Y.Doc();
    saveTeamEntry(doc, oewgDraft(), { author: alice, bundled, now: at(0) });
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    peer.transact(() => {
      const hostile = new Y.Map<unknown>();
      entriesMap(peer).set('paris-call', hostile);
      hostile.set('id', 'paris-call');
      hostile.set('name', 'Paris Call');
      hostile.set('type', 'instrument');
      hostile.set('summary', 'A call.');
      hostile.set('facts', Y.Array.from([{ text: 'Uncited claim.' }]));
      entriesMap(peer).set('not-a-map', 'just text');
      const huge = new Y.Map<unknown>();
      entriesMap(peer).set('huge', huge);
      huge.set('id', 'huge');
      huge.set('summary', 'x'.repeat(40_000));
    });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const { entries, problems } = readTeamGlossary(doc);
    expect(entries.map((e) => e.id)).toEqual(['oewg']);
    expect(problems).toEqual([
      'team entry "paris-call", field "facts[0].source": skipped: a fact needs its source: the quoted passage, the page address, its title and the date it was read',
      'team entry "not-a-map": skipped: expected a shared map of fields',
      expect.stringMatching(/^team entry "huge": skipped: the entry is too large \(40\d\d\d characters as JSON; at most 32000\)$/),
    ]);
  });
});
