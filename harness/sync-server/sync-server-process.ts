import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createInvite, type Role } from '../../server/access/invites.ts';
import { databasePath } from '../../server/config.ts';
import { openDatabase } from '../../server/storage/open-database.ts';
import { startReady } from './ready-process.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
// The real entry point, run the way `npm run sync-server` runs it: through tsx's loader.
const serverArgs = ['--import', 'tsx', 'server/main.ts'];

export interface SyncServerProcess {
  url: string;
  port: number;
  dataDir: string;
  /** Everything the process printed, for failure messages. */
  output(): string;
  /** False once the process has exited, whatever the reason. */
  alive(): boolean;
  /** SIGTERM: the server stores open documents, then exits. */
  stop(): Promise<void>;
  /** SIGKILL: no chance to store anything. */
  kill(): Promise<void>;
}

export function makeDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'attache-sync-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startSyncServer(options: {
  dataDir: string;
  port?: number;
  env?: Record<string, string>;
}): Promise<SyncServerProcess> {
  const server = await startReady(process.execPath, serverArgs, {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(options.port ?? 0), HOST: '127.0.0.1', DATA_DIR: options.dataDir, ...options.env },
    name: 'sync server',
    ready: /listening on ws:\/\/[^:]+:(\d+)/,
  });
  const port = Number(server.ready[1]);
  return {
    url: `ws://127.0.0.1:${port}`,
    port,
    dataDir: options.dataDir,
    output: server.output,
    alive: server.alive,
    stop: () => server.signal('SIGTERM'),
    kill: () => server.signal('SIGKILL'),
  };
}

/** Runs an administrative command of the server (invite, list, revoke, ...) and returns its output lines. */
export async function runAdmin(dataDir: string, ...args: string[]): Promise<string[]> {
  return runAdminWith({ DATA_DIR: dataDir }, ...args);
}

/** runAdmin with the given environment (DATA_DIR or DATABASE_URL). */
export async function runAdminWith(env: Record<string, string>, ...args: string[]): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [...serverArgs, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
  });
  return stdout.trimEnd().split('\n');
}

/**
 * A new invite token for the space, created in-process to keep set-up fast; the access tests
 * cover the `invite` command itself.
 */
export function invite(dataDir: string, space: string, role: Role = 'write'): string {
  const db = openDatabase(databasePath({ dataDir }));
  try {
    return createInvite(db, space, role).token;
  } finally {
    db.close();
  }
}
