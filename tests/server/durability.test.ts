import { describe, expect, it } from 'vitest';
import { databasePath } from '../../server/config.ts';
import { openDatabase } from '../../server/storage/open-database.ts';
import { readStoredDocument } from '../../harness/sync-server/stored-document.ts';
import { backendPerTest } from '../../harness/sync-server/backend-per-test.ts';
import { backends } from '../../harness/sync-server/backends.ts';
import { runAdmin, type SyncServerProcess } from '../../harness/sync-server/sync-server-process.ts';
import type { TeamClient } from '../../harness/sync-server/team-client.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';

describe.each(backends())('sync server: durability on $name', (backend) => {
  const each = backendPerTest(backend);
  const { setUp, start, stored } = each;
  const client = (server: SyncServerProcess, name: string, token: string) => each.client(server.url, name, token);
  const allRead = (clients: TeamClient[], expected: string) => () =>
    clients.every((one) => one.text.toString() === expected);

  it('keeps every edit the server received when killed inside the store debounce, and none twice', async () => {
    const { dataDir, token } = await setUp();
    const name = 'acme/note/crash';
    let server = await start();
    const [alice, bob] = await each.pair(server.url, name, token);

    alice.text.insert(0, 'alpha ');
    bob.map.set('status', 'draft');
    await waitFor(() => bob.text.toString() === 'alpha ' && alice.map.get('status') === 'draft', 'the first edits');
    alice.text.insert(6, 'beta ');
    // Bob seeing it means the server applied it, well inside the two-second store debounce.
    await waitFor(() => bob.text.toString() === 'alpha beta ', 'bob to see beta');
    await server.kill();
    await Promise.all([alice.goOffline(), bob.goOffline()]);

    expect(await stored(name)).toBe('alpha beta ');
    server = await start(server.port);
    const carol = client(server, name, token);
    await waitFor(() => carol.text.toString() === 'alpha beta ', 'a fresh client to load what was journaled');
    expect(carol.map.get('status')).toBe('draft');

    // The clients come back holding the same edits; merging them must not repeat any.
    alice.text.insert(alice.text.length, 'gamma');
    alice.goOnline();
    bob.goOnline();
    await waitFor(allRead([alice, bob, carol], 'alpha beta gamma'), 'every client to converge after the restart');
    await Promise.all([alice.settled(), bob.settled()]);

    if (backend.name === 'SQLite') {
      // An online backup taken now holds everything, though nothing was compacted yet.
      // (With PostgreSQL, backups are pg_dump's business.)
      const backupDir = each.dataDir();
      await runAdmin(dataDir, 'backup', databasePath({ dataDir: backupDir }));
      expect(readStoredDocument(backupDir, name).getText('body').toString()).toBe('alpha beta gamma');
    }

    await server.stop();
    expect(await stored(name)).toBe('alpha beta gamma');
  });

  it('ends with every edit exactly once when killed right after edits the server may not have seen', async () => {
    const { dataDir, token } = await setUp();
    const name = 'acme/note/crash-race';
    let server = await start();
    const [alice, bob] = await each.pair(server.url, name, token);
    alice.text.insert(0, 'one ');
    await waitFor(() => bob.text.toString() === 'one ', 'bob to see the first edit');

    for (let i = 0; i < 20; i++) {
      alice.text.insert(alice.text.length, `a${i} `);
      bob.text.insert(0, `b${i} `);
    }
    await server.kill();

    server = await start(server.port);
    await waitFor(
      () => alice.provider.isSynced && bob.provider.isSynced && alice.text.toString() === bob.text.toString(),
      'both clients to reconnect and converge',
    );
    await Promise.all([alice.settled(), bob.settled()]);
    const expected =
      Array.from({ length: 20 }, (_, i) => `b${19 - i} `).join('') +
      'one ' +
      Array.from({ length: 20 }, (_, i) => `a${i} `).join('');
    expect(alice.text.toString()).toBe(expected);
    const carol = client(server, name, token);
    await waitFor(allRead([carol], expected), 'a fresh client to load every edit');
  });

  it('merges the edits of a client that was offline for a while', async () => {
    const { dataDir, token } = await setUp();
    const name = 'acme/note/offline';
    const server = await start();
    const [alice, bob] = await each.pair(server.url, name, token);
    alice.text.insert(0, 'Norms: ');
    await waitFor(() => bob.text.toString() === 'Norms: ', 'bob to see the heading');

    await bob.goOffline();
    bob.text.insert(bob.text.length, 'written on the train. ');
    bob.map.set('tag', 'gge');
    alice.text.insert(alice.text.length, 'written at the desk. ');
    alice.map.set('owner', 'alice');
    await alice.settled();

    bob.goOnline();
    await waitFor(
      () => bob.text.toString() === alice.text.toString() && bob.map.size === 2 && alice.map.size === 2,
      'the offline client to merge',
    );
    const merged = alice.text.toString();
    expect(merged.startsWith('Norms: ')).toBe(true);
    expect(merged.split('written on the train. ')).toHaveLength(2);
    expect(merged.split('written at the desk. ')).toHaveLength(2);
    expect(merged).toHaveLength('Norms: written on the train. written at the desk. '.length);
    expect(alice.map.toJSON()).toEqual({ tag: 'gge', owner: 'alice' });
  });

  // Reads and damages the SQLite file directly; PostgreSQL's refusal of damaged data is in
  // postgres-storage.test.ts.
  if (backend.name === 'SQLite') it('refuses a document whose stored data cannot be read and never overwrites it', async () => {
    const { dataDir, token } = await setUp();
    const name = 'acme/note/damaged';
    let server = await start();
    const alice = client(server, name, token);
    await alice.synced();
    alice.text.insert(0, 'precious');
    await alice.settled();
    alice.destroy();
    await server.stop();

    const db = openDatabase(databasePath({ dataDir }));
    const before = db.prepare('SELECT state, revision FROM documents WHERE name = ?').get(name) as {
      state: Uint8Array;
      revision: number;
    };
    const damage = db
      .prepare('INSERT INTO updates (document, writer, data) VALUES (?, ?, ?)')
      .run(name, 'damage', new Uint8Array([1, 200, 3, 255, 255, 255]));
    db.close();

    server = await start();
    // A client holding content of its own must not get to write it over the unreadable copy.
    const bob = client(server, name, token);
    bob.text.insert(0, 'overwrite?');
    await waitFor(() => bob.refused, 'the load failure to refuse the client');
    await server.stop();

    const after = openDatabase(databasePath({ dataDir }));
    const row = after.prepare('SELECT state, revision FROM documents WHERE name = ?').get(name) as typeof before;
    expect(row.revision).toBe(before.revision);
    expect(Buffer.from(row.state).equals(Buffer.from(before.state))).toBe(true);
    after.prepare('DELETE FROM updates WHERE id = ?').run(damage.lastInsertRowid);
    after.close();

    server = await start();
    const carol = client(server, name, token);
    await waitFor(() => carol.text.toString() === 'precious', 'the repaired document to load');
  });
});
