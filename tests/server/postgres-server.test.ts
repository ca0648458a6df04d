import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresCluster } from '../../harness/sync-server/postgres-process.ts';
import { makeDataDir, runAdminWith, startSyncServer } from '../../harness/sync-server/sync-server-process.ts';
import { openClient } from '../../harness/sync-server/team-client.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';

describe('sync server on PostgreSQL: admin commands and start-up', () => {
  let cluster: PostgresCluster;
  const data = makeDataDir();
  beforeAll(async () => {
    cluster = await startPostgres();
  });
  afterAll(async () => {
    await cluster?.stop();
    data.remove();
  });

  it('invites, lists and revokes from the command line; a revoked token is refused by the running server', async () => {
    const env = { DATABASE_URL: await cluster.createDatabase(), DATA_DIR: data.dir };
    const invited = await runAdminWith(env, 'invite', 'acme');
    const token = invited.at(-1)!;
    const id = /token id ([0-9a-f]{12})/.exec(invited[0]!)![1]!;
    await runAdminWith(env, 'invite', 'acme', '--read-only');
    const listed = await runAdminWith(env, 'list', 'acme');
    expect(listed).toHaveLength(2);
    expect(listed.some((line) => line.startsWith(`${id}  write`))).toBe(true);

    const server = await startSyncServer({ dataDir: data.dir, env });
    const alice = openClient(server.url, 'acme/note/1', token);
    try {
      expect(server.output()).toContain('PostgreSQL at');
      await alice.synced();
      alice.text.insert(0, 'stored in PostgreSQL');
      await alice.settled();
      expect(await runAdminWith(env, 'revoke', id)).toEqual([`revoked token ${id} (space acme, role write)`]);
      await waitFor(() => alice.refused, 'the revoked client to be refused', 20_000);
      expect(await runAdminWith(env, 'list', 'acme')).toHaveLength(1);
      // backup copies the SQLite file; PostgreSQL is backed up with its own tools.
      await expect(runAdminWith(env, 'backup', `${data.dir}/copy.sqlite`)).rejects.toThrow(/pg_dump/);
    } finally {
      alice.destroy();
      await server.stop();
    }
  });

  it("refuses to start on a database holding someone else's tables", async () => {
    const url = await cluster.createDatabase();
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    await sql`CREATE TABLE invoices (id int)`;
    await sql.end();
    await expect(startSyncServer({ dataDir: data.dir, env: { DATABASE_URL: url } })).rejects.toThrow(
      /refusing to start: DATABASE_URL: schema "public" already holds tables that are not this server's \(invoices\)/,
    );
  });
});
