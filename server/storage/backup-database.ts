import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { backup, type DatabaseSync } from 'node:sqlite';
import { openDatabase } from './open-database.ts';

/**
 * Copies the live database to `target`. The copy is written under a temporary name beside the
 * target, checked the way the server checks its file at start, flushed to disk, and only then
 * renamed: `target` is either the previous file or a complete copy, never a part of one, even
 * if the process is killed midway.
 */
export async function backupDatabase(db: DatabaseSync, target: string): Promise<void> {
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.partial-${process.pid}`);
  try {
    await backup(db, partial);
    openDatabase(partial).close();
    const fd = openSync(partial, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, target);
  } catch (error) {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) {
      rmSync(leftover, { force: true });
    }
    throw error;
  }
}
