import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { trackAcknowledged } from '../../harness/sync-server/acknowledged-content.ts';
import { backendPerTest } from '../../harness/sync-server/backend-per-test.ts';
import { backends } from '../../harness/sync-server/backends.ts';
import type { SyncServerProcess } from '../../harness/sync-server/sync-server-process.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';

const KILLS = 3;

describe.each(backends())('sync server on $name: kill -9 while provider clients write', (backend) => {
  const each = backendPerTest(backend);

  it('has stored every edit it acknowledged at each kill, and every edit in the end', async () => {
    const { store, token } = await each.setUp();
    const name = 'acme/note/kill-loop';
    let server: SyncServerProcess = await each.start();
    const writers = ['alice', 'bob'].map((who) => {
      const client = each.client(server.url, name, token);
      return { who, client, acknowledged: trackAcknowledged(client), written: 0 };
    });
    await Promise.all(writers.map(({ client }) => client.settled()));

    const typing = setInterval(() => {
      for (const writer of writers) writer.client.doc.getArray<string>('log').push([`${writer.who}-${writer.written++}`]);
    }, 3);
    each.defer(() => clearInterval(typing));

    let acknowledgedAtKills = 0;
    let recoveredAtKills = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      await new Promise((resolve) => setTimeout(resolve, 300 + 100 * kill));
      await server.kill();
      const stored = new Set((await store.read(name)).getArray<string>('log').toArray());
      for (const { acknowledged } of writers) {
        const items = acknowledged.getArray<string>('log').toArray();
        acknowledgedAtKills += items.length;
        recoveredAtKills += items.filter((item) => stored.has(item)).length;
        expect(items.filter((item) => !stored.has(item))).toEqual([]);
      }
      server = await each.start(server.port);
    }
    clearInterval(typing);
    expect(acknowledgedAtKills).toBeGreaterThan(0);

    await Promise.all(writers.map(({ client }) => client.settled()));
    // Settled means each one's own edits are stored; the other's last ones may still be on their way.
    const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('hex');
    await waitFor(
      () => writers.every(({ client }) => vector(client.doc) === vector(writers[0]!.client.doc)),
      'both writers to hold each other\'s last edits',
    );
    await server.kill();
    const final = await store.read(name);
    const stored = final.getArray<string>('log').toArray();
    const written = writers.flatMap(({ who, written: count }) => Array.from({ length: count }, (_, i) => `${who}-${i}`));
    expect(new Set(stored)).toEqual(new Set(written));
    expect(stored).toHaveLength(written.length);
    for (const { client } of writers) expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(final));
    // The figures an operator asks for: what clients were told was stored, against what was.
    console.info(
      `${backend.name}: after each of ${KILLS} kills, ${recoveredAtKills} of ${acknowledgedAtKills} acknowledged edits found stored (summed over the kills); ` +
        `in the end ${new Set(stored).size} of ${written.length} written edits stored`,
    );
  });
});
