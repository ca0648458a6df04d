/**
 * journal-load on PostgreSQL: a document whose journal holds 100,000 updates. "Before" is how
 * loads and compactions read the journal before they paged it: every row in one result, then
 * applied in one block of the event loop. "Paged" is the load without compaction now, the
 * journal read through a cursor and applied in slices; then the compaction (which pages the same
 * way) and the load from the compacted state. Each figure gives the longest the event loop
 * waited meanwhile, the time other clients of the process would have waited.
 */
import * as Y from 'yjs';
import { openPostgres } from '../../server/storage/postgres/open-postgres';
import { PostgresDocumentStorage } from '../../server/storage/postgres/postgres-document-storage';
import { startPostgres } from '../../harness/sync-server/postgres-process';
import { longestStall, timedLoad, typeKeystrokes } from './journal-load';
import { fmt } from './measure';
import type { BenchSection } from './section';

const ROWS = 100_000;
const INSERT_ROWS = 5_000;
const NAME = 'bench/note/journal';

export const journalLoadPostgresBench: BenchSection = {
  name: 'journal-load-postgres',
  async run() {
    const cluster = await startPostgres();
    try {
      const sql = await openPostgres(await cluster.createDatabase());
      try {
        const updates: Buffer[] = [];
        const expected = typeKeystrokes(ROWS, (update) => updates.push(Buffer.from(update)));
        for (let from = 0; from < updates.length; from += INSERT_ROWS) {
          const rows = updates.slice(from, from + INSERT_ROWS).map((data) => ({ document: NAME, data }));
          await sql`INSERT INTO updates ${sql(rows, 'document', 'data')}`;
        }

        let oldText = '';
        const before = await longestStall(async () => {
          const rows = await sql<Array<{ data: Buffer }>>`SELECT data FROM updates WHERE document = ${NAME} ORDER BY id`;
          const doc = new Y.Doc();
          doc.transact(() => rows.forEach((row) => Y.applyUpdate(doc, row.data)));
          oldText = doc.getText('body').toString();
        });

        const uncompacted = new PostgresDocumentStorage(sql, { compactBeforeLoadRows: Number.POSITIVE_INFINITY });
        let pagedText = '';
        const paged = await longestStall(async () => {
          pagedText = (await timedLoad(uncompacted, NAME)).text;
        });
        await uncompacted.close();

        const storage = new PostgresDocumentStorage(sql);
        const compaction = await longestStall(async () => {
          for (const name of await storage.documentsToCompact(1)) await storage.compact(name);
        });
        const after = await timedLoad(storage, NAME);
        const again = await timedLoad(storage, NAME);
        await storage.close();
        if (oldText !== expected || pagedText !== expected || after.text !== expected) {
          throw new Error('journal-load-postgres: a load lost content');
        }

        console.log(`${ROWS.toLocaleString('en')} journal rows in PostgreSQL, ${expected.length.toLocaleString('en')} characters`);
        console.log(`before: whole journal read and applied at once ${fmt(before.ms)} ms (event loop held ${fmt(before.stallMs)} ms)`);
        console.log(`paged: uncompacted load ${fmt(paged.ms)} ms (event loop held at most ${fmt(paged.stallMs)} ms at a time)`);
        console.log(
          `compaction ${fmt(compaction.ms)} ms (event loop held at most ${fmt(compaction.stallMs)} ms at a time), ` +
            `then load ${fmt(after.ms)} ms (again ${fmt(again.ms)} ms)`,
        );
        console.log(`longest event-loop hold, before / paged: ${fmt(before.stallMs / paged.stallMs)}x; goal: load < 100 ms`);
      } finally {
        await sql.end({ timeout: 1 });
      }
    } finally {
      await cluster.stop();
    }
  },
};
