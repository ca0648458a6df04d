import type { CorpusDb } from './database';
import { validateCorpus } from '../../shared/corpus-format/validate-corpus';

export interface LoadResult {
  status: 'loaded' | 'unchanged';
  version: string;
  /** Number of entities stored once the call returns. */
  count: number;
}

/**
 * Puts a corpus (parsed JSON, validated here) into the database unless that version is
 * already there. Replacing happens in one read-write transaction over entities and meta:
 * readers see the old corpus or the new one, never a mix, and any failure aborts the
 * transaction so the previous corpus and its version stay as they were.
 */
export interface LoadOptions {
  /** Names the file in validation errors. */
  origin?: string;
  /** Extension version doing the load, recorded so a startup check can tell it ran. */
  release?: string;
}

export async function loadCorpus(db: CorpusDb, input: unknown, options: LoadOptions = {}): Promise<LoadResult> {
  const corpus = validateCorpus(input, options.origin ?? 'corpus.json');
  const release = options.release === undefined ? [] : [{ key: 'release' as const, value: options.release }];
  const rows = corpus.entities;
  return db.transaction('rw', db.entities, db.meta, async (): Promise<LoadResult> => {
    // Compared inside the transaction so two concurrent loads cannot both replace.
    const stored = await db.meta.get('version');
    if (stored?.value === corpus.version) {
      await db.meta.bulkPut(release);
      return { status: 'unchanged', version: corpus.version, count: await db.entities.count() };
    }
    await db.entities.clear();
    await db.entities.bulkAdd(rows);
    await db.meta.bulkPut([
      { key: 'version', value: corpus.version },
      { key: 'loadedAt', value: new Date().toISOString() },
      ...release,
    ]);
    return { status: 'loaded', version: corpus.version, count: rows.length };
  });
}
