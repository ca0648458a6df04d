import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { trackAcknowledged } from '../../harness/sync-server/acknowledged-content.ts';
import { postgresBackend } from '../../harness/sync-server/backends.ts';
import { backendPerTest } from '../../harness/sync-server/backend-per-test.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';

describe('sync server on PostgreSQL: PostgreSQL itself crashes while provider clients write', () => {
  const backend = postgresBackend();
  const each = backendPerTest(backend);

  it('had stored every edit it acknowledged, stays up, and stores every edit once PostgreSQL is back', async () => {
    const { store, token } = await each.setUp();
    const server = await each.start();
    const failedWrites = () => server.output().match(/could not store an update/g)?.length ?? 0;
    const name = 'acme/note/database-crash';
    const writers = ['alice', 'bob'].map((who) => {
      const client = each.client(server.url, name, token);
      return { who, client, acknowledged: trackAcknowledged(client), written: 0 };
    });
    await Promise.all(writers.map(({ client }) => client.settled()));
    /** Each writer's own edits that the server acknowledged to it. */
    const acknowledgedItems = () =>
      writers.map(({ who, acknowledged }) => acknowledged.getArray<string>('log').toArray().filter((item) => item.startsWith(`${who}-`)));
    const typeFor = async (until: () => boolean, what: string) => {
      const typing = setInterval(() => {
        for (const writer of writers) writer.client.doc.getArray<string>('log').push([`${writer.who}-${writer.written++}`]);
      }, 3);
      try {
        await waitFor(until, what);
      } finally {
        clearInterval(typing);
      }
    };

    await typeFor(() => acknowledgedItems().every((items) => items.length >= 20), 'edits to be acknowledged before the crash');
    const typing = typeFor(() => failedWrites() >= 3, 'the server to fail to store edits while PostgreSQL is down');
    await backend.cluster().crash();
    await typing;
    // Offline, so that nothing is resent before what PostgreSQL kept is read.
    await Promise.all(writers.map(({ client }) => client.goOffline()));
    const acknowledgedAtCrash = acknowledgedItems();
    await backend.cluster().restart();
    const stored = new Set((await store.read(name)).getArray<string>('log').toArray());
    for (const items of acknowledgedAtCrash) expect(items.filter((item) => !stored.has(item))).toEqual([]);
    expect(server.alive()).toBe(true);

    // The same server process takes the clients back: they resend what was not acknowledged.
    for (const { client } of writers) client.goOnline();
    const before = acknowledgedAtCrash.map((items) => items.length);
    await typeFor(
      () => acknowledgedItems().every((items, who) => items.length >= before[who]! + 20),
      'edits to be acknowledged after PostgreSQL is back',
    );
    await Promise.all(writers.map(({ client }) => client.settled()));
    // Settled means each one's own edits are stored; the other's last ones may still be on their way.
    const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('hex');
    await waitFor(
      () => writers.every(({ client }) => vector(client.doc) === vector(writers[0]!.client.doc)),
      'both writers to hold each other\'s last edits',
    );
    expect(server.alive()).toBe(true);
    const final = await store.read(name);
    const written = writers.flatMap(({ who, written: count }) => Array.from({ length: count }, (_, i) => `${who}-${i}`));
    const finalItems = final.getArray<string>('log').toArray();
    expect(new Set(finalItems)).toEqual(new Set(written));
    expect(finalItems).toHaveLength(written.length);
    for (const { client } of writers) expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(final));
  });
});
