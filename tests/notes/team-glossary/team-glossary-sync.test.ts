import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ReadOnlySpaceError, syncSpaceOnce } from '../../../lib/notes';
import { glossaryDocName } from '../../../lib/notes/doc-names';
import { readTeamGlossary, saveTeamEntry } from '../../../lib/notes/team-glossary';
import { newDevice } from '../../../harness/notes/device';
import { readStoredDocument } from '../../../harness/sync-server/stored-document';
import { invite } from '../../../harness/sync-server/sync-server-process';
import { FAST_RETRY, spaceMembers } from '../../../harness/notes/space-members';
import { waitFor } from '../../../harness/sync-server/wait-for';
import { bundled, oewgDraft } from './fixtures';

const retry = FAST_RETRY;

describe('the team glossary through the sync server', () => {
  const { member, openPanel, dataDir } = spaceMembers();
  const stored = () => readTeamGlossary(readStoredDocument(dataDir, glossaryDocName('acme')));

  it('an entry added offline reaches the other member, and both converge on later edits', async () => {
    const aliceDevice = newDevice();
    const offline = await openPanel(aliceDevice, member('Alice'), false);
    expect(offline.glossary.save(oewgDraft(), bundled).problems).toEqual([]);
    const bob = await openPanel(newDevice(), member('Bob'));
    await waitFor(() => bob.status.get().state === 'connected', 'Bob connected');
    expect(bob.glossary.entries.get().entries).toEqual([]);

    // Alice's browser comes back online: the background round pushes what she wrote.
    const round = await aliceDevice.run(() => syncSpaceOnce(member('Alice'), { relay: null, WebSocketPolyfill: WebSocket, retry }));
    expect(round).toMatchObject({ outcome: 'synced', pendingChanges: 0 });
    await waitFor(() => bob.glossary.entries.get().entries.some((e) => e.id === 'oewg'), 'the entry at Bob');
    expect(bob.glossary.entries.get().entries[0]).toMatchObject({ addedBy: { name: 'Alice' }, aliases: ['OEWG'] });

    // Both edit live, at once: Bob adds an alias, Alice (now online) rewrites the summary.
    const alice = await openPanel(aliceDevice, member('Alice'));
    await waitFor(() => alice.status.get().state === 'connected', 'Alice connected');
    bob.glossary.save(oewgDraft({ aliases: ['OEWG', 'UN OEWG'] }), bundled);
    alice.glossary.save(oewgDraft({ summary: 'The open-ended UN process on ICT security.' }), bundled);
    await waitFor(() => {
      const [a, b] = [alice.glossary.entries.get(), bob.glossary.entries.get()];
      return JSON.stringify(a) === JSON.stringify(b) && a.entries[0]?.summary?.startsWith('The open-ended') === true;
    }, 'both glossaries equal, with the new summary');
    await waitFor(() => alice.status.get().pendingChanges === 0 && bob.status.get().pendingChanges === 0, 'everything on the server');
    expect(stored()).toEqual(alice.glossary.entries.get());
  });

  it('a read-only member sees the glossary and cannot change it; the server refuses what it writes anyway', async () => {
    const alice = await openPanel(newDevice(), member('Alice'));
    alice.glossary.save({ ...oewgDraft(), id: 'paris-call', name: 'Paris Call', type: 'instrument', aliases: [] }, bundled);
    const readerDevice = newDevice();
    const reading = member('Rita', { token: invite(dataDir, 'acme', 'read') });
    const reader = await openPanel(readerDevice, reading);
    await waitFor(() => reader.readOnly.get(), 'the reader to learn it is read-only');
    await waitFor(() => reader.glossary.entries.get().entries.some((e) => e.id === 'paris-call'), 'the entry at the reader');

    expect(() => reader.glossary.save({ ...oewgDraft(), id: 'tallinn', name: 'Tallinn Manual 2.0', aliases: [] }, bundled)).toThrow(ReadOnlySpaceError);
    expect(() => reader.glossary.remove('paris-call')).toThrow(ReadOnlySpaceError);
    // A write made anyway, straight into the document, never reaches the server or Alice.
    saveTeamEntry(reader.glossary.doc, { ...oewgDraft(), id: 'sneaky', name: 'Sneaky entry', aliases: [] }, { author: { id: 'rita', name: 'Rita' }, bundled });
    await waitFor(() => reader.status.get().pendingChanges >= 1, 'the change counted');
    const round = await readerDevice.run(() => syncSpaceOnce(reading, { relay: null, WebSocketPolyfill: WebSocket, retry }));
    expect(round.outcome).toBe('synced');
    expect(stored().entries.map((e) => e.id)).not.toContain('sneaky');
    expect(stored().entries.map((e) => e.id)).toContain('paris-call');
    expect(alice.glossary.entries.get().entries.map((e) => e.id)).not.toContain('sneaky');
  });
});
