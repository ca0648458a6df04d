/**
 * Loading a document whose journal holds 100,000 updates, as a crash between compactions
 * leaves it (goal: under 100 ms to load). The server used to load such a journal as it was, on
 * the event loop, merging every row with Y.mergeUpdates, whose cost grows with the square of
 * the rows: that is measured on a shorter journal (at 100,000 rows it runs for many minutes).
 * "Uncompacted" loads the 100,000 rows the way a load without compaction does now (applied
 * row by row). "After" is what the server does now: the start-up compaction folds the journal
 * in the background (its total time, and the longest the event loop waited during it), then
 * the document loads from one stored state. Loads include applying the result to a Y.Doc, as
 * Hocuspocus does.
 */
import '../../server/quiet-sqlite-warning';
import { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';
import { databasePath } from '../../server/config';
import { openDatabase } from '../../server/storage/open-database';
import type { DocumentStorage } from '../../server/storage/document-storage';
import { SqliteDocumentStorage } from '../../server/storage/sqlite-document-storage';
import { makeDataDir } from '../../harness/sync-server/sync-server-process';
import { fmt } from './measure';
import { seededRandom } from '../../harness/seeded-random';
import type { BenchSection } from './section';

const ROWS = 100_000;
const OLD_MERGE_ROWS = 5_000;
const NAME = 'bench/note/journal';

/** A note typed one character at a time, with the odd jump elsewhere, every keystroke one update; returns the text. */
export function typeKeystrokes(rows: number, onUpdate: (update: Uint8Array) => void): string {
  const random = seededRandom(11);
  const doc = new Y.Doc();
  const text = doc.getText('body');
  doc.on('update', onUpdate);
  let cursor = 0;
  for (let i = 0; i < rows; i++) {
    if (random() < 0.02) cursor = Math.floor(random() * (text.length + 1));
    text.insert(cursor, String.fromCharCode(97 + Math.floor(random() * 26)));
    cursor++;
  }
  return text.toString();
}

/** A SQLite journal of `rows` keystrokes, as a crash between compactions leaves it. */
function fillJournal(file: string, rows: number): string {
  const db = new DatabaseSync(file);
  const insert = db.prepare("INSERT INTO updates (document, writer, data) VALUES (?, 'bench', ?)");
  db.exec('BEGIN');
  const text = typeKeystrokes(rows, (update) => insert.run(NAME, update));
  db.exec('COMMIT');
  db.close();
  return text;
}

/** The load before this change: every row merged at once, decoded, then applied. */
function oldLoad(file: string): { ms: number; text: string } {
  const db = new DatabaseSync(file, { readOnly: true });
  const rows = db.prepare('SELECT data FROM updates WHERE document = ? ORDER BY id').all(NAME) as Array<{ data: Uint8Array }>;
  db.close();
  const started = performance.now();
  const update = Y.mergeUpdates(rows.map((row) => row.data));
  Y.decodeUpdate(update);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return { ms: performance.now() - started, text: doc.getText('body').toString() };
}

export async function timedLoad(storage: DocumentStorage, name = NAME): Promise<{ ms: number; text: string }> {
  const started = performance.now();
  const update = await storage.load(name);
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  const ms = performance.now() - started;
  return { ms, text: doc.getText('body').toString() };
}

/** Runs `work` while a timer ticks every millisecond; returns the longest gap between ticks. */
export async function longestStall(work: () => Promise<void>): Promise<{ ms: number; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  clearInterval(ticker);
  return { ms, stallMs: Math.max(stallMs, performance.now() - last) };
}

export const journalLoadBench: BenchSection = {
  name: 'journal-load',
  async run() {
    const small = makeDataDir();
    try {
      const file = databasePath({ dataDir: small.dir });
      openDatabase(file).close();
      const expected = fillJournal(file, OLD_MERGE_ROWS);
      const old = oldLoad(file);
      if (old.text !== expected) throw new Error('journal-load: the old load lost content');
      console.log(`before, ${OLD_MERGE_ROWS.toLocaleString('en')} journal rows merged at once on load: ${fmt(old.ms)} ms`);
    } finally {
      small.remove();
    }

    const data = makeDataDir();
    try {
      const file = databasePath({ dataDir: data.dir });
      openDatabase(file).close();
      const expected = fillJournal(file, ROWS);

      const asBefore = new SqliteDocumentStorage(file, { compactBeforeLoadRows: Number.POSITIVE_INFINITY });
      const before = await timedLoad(asBefore);
      await asBefore.close();

      const storage = new SqliteDocumentStorage(file);
      const compaction = await longestStall(async () => {
        for (const name of await storage.documentsToCompact(1)) await storage.compact(name);
      });
      const after = await timedLoad(storage);
      const again = await timedLoad(storage);
      await storage.close();
      if (before.text !== expected || after.text !== expected) throw new Error('journal-load: a load lost content');

      console.log(`${ROWS.toLocaleString('en')} journal rows, ${expected.length.toLocaleString('en')} characters`);
      console.log(`uncompacted: load with the whole journal ${fmt(before.ms)} ms`);
      console.log(
        `after: start-up compaction ${fmt(compaction.ms)} ms in the background (event loop held at most ` +
          `${fmt(compaction.stallMs)} ms at a time), then load ${fmt(after.ms)} ms (again ${fmt(again.ms)} ms)`,
      );
      console.log(`load uncompacted / after: ${fmt(before.ms / after.ms)}x; goal: load < 100 ms`);
    } finally {
      data.remove();
    }
  },
};
