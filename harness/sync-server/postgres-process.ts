import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { freePort, startReady } from './ready-process.ts';

export interface PostgresCluster {
  /** Connection URL of the cluster's administrative database. */
  url: string;
  /** A new empty database on the cluster, for one test. */
  createDatabase(): Promise<string>;
  /**
   * Crashes the cluster: an immediate shutdown (SIGQUIT), which kills every backend at once
   * with no checkpoint, as a crash would; the next start recovers from the WAL.
   */
  crash(): Promise<void>;
  /** Starts the crashed cluster again on the same port and data directory. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const BIN_DIRS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];
const USER = 'attache';

function binary(name: string): string {
  const dir = BIN_DIRS.find((each) => existsSync(path.join(each, name)));
  if (!dir) throw new Error(`cannot find PostgreSQL's ${name} (apt-get install postgresql)`);
  return path.join(dir, name);
}

/**
 * initdb and postgres refuse to run as root; as root (CI) they run as the `postgres` system
 * user, in a directory it owns. Spawned with that user's ids directly (rather than through
 * runuser) so that signals reach postgres itself.
 */
function clusterOwner(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * A throwaway PostgreSQL cluster on loopback: its own data directory and socket directory in a
 * temporary folder, a free port, trust authentication for the one local user. fsync is off:
 * the tests crash PostgreSQL's processes, never the machine, so the operating system keeps
 * whatever PostgreSQL wrote.
 */
export async function startPostgres(): Promise<PostgresCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'attache-pg-'));
  const owner = clusterOwner();
  if ('uid' in owner) chownSync(dir, owner.uid, owner.gid);
  const dataDir = path.join(dir, 'data');
  const initArgs = ['-D', dataDir, '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'];
  await promisify(execFile)(binary('initdb'), initArgs, { ...owner, cwd: dir }).catch((error: Error & { stderr?: string }) => {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${error.stderr ?? error.message}`);
  });

  const port = await freePort();
  const args = [
    '-D', dataDir, '-h', '127.0.0.1', '-p', String(port), '-k', dir,
    '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200', '-c', 'shared_buffers=32MB',
  ];
  const launch = () =>
    startReady(binary('postgres'), args, { ...owner, cwd: dir, name: 'postgres', ready: /ready to accept connections/ });
  let server = await launch();
  const url = `postgres://${USER}@127.0.0.1:${port}/postgres`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  let databases = 0;
  return {
    url,
    createDatabase: async () => {
      const name = `test_${process.pid}_${++databases}`;
      await admin.unsafe(`CREATE DATABASE ${name}`);
      return `postgres://${USER}@127.0.0.1:${port}/${name}`;
    },
    crash: () => server.signal('SIGQUIT'),
    restart: async () => {
      server = await launch();
    },
    stop: async () => {
      await admin.end({ timeout: 1 });
      // SIGQUIT: immediate shutdown, nothing of a throwaway cluster is worth a checkpoint.
      await server.signal('SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
