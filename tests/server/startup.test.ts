import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { databasePath } from '../../server/config.ts';
import type { DocumentStorage } from '../../server/storage/document-storage.ts';
import { SqliteDocumentStorage } from '../../server/storage/sqlite-document-storage.ts';
import { backendPerTest } from '../../harness/sync-server/backend-per-test.ts';
import { backends } from '../../harness/sync-server/backends.ts';
import { perTest } from '../../harness/sync-server/per-test.ts';
import { readStoredDocument } from '../../harness/sync-server/stored-document.ts';
import { invite, runAdmin, startSyncServer } from '../../harness/sync-server/sync-server-process.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Appends `count` one-letter edits of one client to the journal, as a server would before a crash. */
async function journalEdits(storage: DocumentStorage, name: string, count: number, bytesEach = 1): Promise<string> {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getText('body').insert(i * bytesEach, String.fromCharCode(97 + (i % 26)).repeat(bytesEach));
  for (const update of updates) await storage.append(name, update);
  await storage.close();
  return doc.getText('body').toString();
}

describe('sync server: start-up and backup', () => {
  const each = perTest();
  const dataDir = () => each.dataDir();
  const refusal = (dir: string) => startSyncServer({ dataDir: dir }).then(
    async (server) => {
      await server.stop();
      throw new Error(`the server started on ${dir}`);
    },
    (error: Error) => error.message,
  );

  it('refuses to start on an empty database file', async () => {
    const dir = dataDir();
    writeFileSync(databasePath({ dataDir: dir }), '');
    expect(await refusal(dir)).toMatch(/exited \(1\)[\s\S]*refusing to start: .* is empty \(0 bytes\)/);
    expect(statSync(databasePath({ dataDir: dir })).size).toBe(0);
  });

  it('refuses to start on a database of another application', async () => {
    const dir = dataDir();
    const foreign = new DatabaseSync(databasePath({ dataDir: dir }));
    foreign.exec('CREATE TABLE bookmarks (url TEXT)');
    foreign.close();
    expect(await refusal(dir)).toMatch(/refusing to start: .* is not a sync server database/);
  });

  it('refuses to start on a database copied only half-way', async () => {
    const dir = dataDir();
    invite(dir, 'acme');
    await journalEdits(new SqliteDocumentStorage(databasePath({ dataDir: dir })), 'acme/note/a', 2_000);
    const whole = readFileSync(databasePath({ dataDir: dir }));
    const half = dataDir();
    writeFileSync(databasePath({ dataDir: half }), whole.subarray(0, Math.floor(whole.length / 2)));
    expect(await refusal(half)).toMatch(/refusing to start: .* is incomplete/);
  });

  it('leaves no part of a backup under the target name when killed while copying', async () => {
    const dir = dataDir();
    invite(dir, 'acme');
    await journalEdits(new SqliteDocumentStorage(databasePath({ dataDir: dir })), 'acme/note/big', 100, 100_000);
    const out = dataDir();
    const target = databasePath({ dataDir: out });
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', 'backup', target], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: dir },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await waitFor(
      () => readdirSync(out).some((file) => statSync(path.join(out, file)).size > 0) || child.exitCode !== null,
      'the backup to start writing',
    );
    child.kill('SIGKILL');
    await exited;
    // Either nothing is there yet, or a whole copy with the spaces in it.
    if (existsSync(target)) {
      const copy = new DatabaseSync(target, { readOnly: true });
      expect(copy.prepare('SELECT name FROM spaces').all()).toEqual([{ name: 'acme' }]);
      copy.close();
    }

    expect(await runAdmin(dir, 'backup', target)).toEqual([`database copied to ${target}`]);
    expect(readdirSync(out).filter((file) => !file.startsWith('.'))).toEqual([path.basename(target)]);
    expect(readStoredDocument(out, 'acme/note/big').getText('body').length).toBe(100 * 100_000);
  });
});

describe.each(backends())('sync server on $name: compaction after a crash', (backend) => {
  const each = backendPerTest(backend);

  it('compacts what a crash left in the journal once started, without anyone writing', async () => {
    const { store, token } = await each.setUp();
    const name = 'acme/note/crashed';
    const text = await journalEdits(store.documents(), name, 3_000);
    const server = await each.start();
    await waitFor(async () => (await store.journalRows(name)) === 0, 'the journal to be compacted after start-up');
    expect(await each.stored(name)).toBe(text);
    const reader = each.client(server.url, name, token);
    await waitFor(() => reader.text.toString() === text, 'a client to load the compacted document');
  });
});
