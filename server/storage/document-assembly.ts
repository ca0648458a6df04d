import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import * as Y from 'yjs';
import { StorageError } from './document-storage.ts';
import { assertValidUpdate } from './valid-update.ts';

/** Journal rows are applied in Yjs transactions of about this long, with a turn for the event loop between them. */
const SLICE_MS = 10;

export interface JournalRow {
  /** The row's key in the journal, named in the error when the row cannot be decoded. */
  id: number | string;
  data: Uint8Array;
}

/**
 * One document rebuilt from what a backend stored: the stored state, then the journal rows in
 * order, given page by page as the backend reads them, so a long journal is never held in
 * memory or applied in one block of the event loop. Rows are applied one by one inside
 * transactions rather than merged: Y.mergeUpdates of many small updates costs time quadratic
 * in their number. Every byte is checked: damaged data fails with a StorageError naming the
 * document, so the server refuses it instead of serving (and later overwriting) a partial copy.
 */
export class DocumentAssembly {
  private readonly doc = new Y.Doc();
  private state: Uint8Array | null = null;
  private journalRows = 0;

  constructor(private readonly name: string) {}

  /** The stored state, given before any journal row. */
  setState(state: Uint8Array | null): void {
    this.state = state;
  }

  async addJournal(rows: readonly JournalRow[]): Promise<void> {
    if (rows.length === 0) return;
    if (this.journalRows === 0 && this.state) this.apply(this.state, 'stored state');
    this.journalRows += rows.length;
    for (let next = 0; next < rows.length; ) {
      const sliceStart = performance.now();
      this.doc.transact(() => {
        while (next < rows.length && performance.now() - sliceStart < SLICE_MS) {
          const row = rows[next++]!;
          this.apply(row.data, `journal row ${row.id}`);
        }
      });
      if (next < rows.length) await yieldToEventLoop();
    }
  }

  /** Everything given as one update, or null when nothing was ever stored. */
  result(): Uint8Array | null {
    if (this.journalRows > 0) return Y.encodeStateAsUpdate(this.doc);
    if (!this.state) return null;
    // A state alone is returned as stored, once checked whole.
    try {
      assertValidUpdate(this.state);
    } catch (cause) {
      throw new StorageError(`document "${this.name}": stored state cannot be decoded (${(cause as Error).message})`);
    }
    return this.state;
  }

  destroy(): void {
    this.doc.destroy();
  }

  private apply(update: Uint8Array, what: string): void {
    try {
      Y.applyUpdate(this.doc, update);
    } catch (cause) {
      throw new StorageError(`document "${this.name}": ${what} cannot be decoded (${String(cause)})`);
    }
  }
}
