import type { Entity, EntityType } from '../corpus-schema';
import type { CorpusDb, StoredEntity } from './database';
import { normaliseForm, wordsOf } from './normalise';
import { toEntity } from './stored-entity';

export async function getEntity(db: CorpusDb, id: string): Promise<Entity | undefined> {
  const stored = await db.entities.get(id);
  return stored && toEntity(stored);
}

/** The entities in the order of `ids`; ids not in the corpus are left out. */
export async function getEntities(db: CorpusDb, ids: readonly string[]): Promise<Entity[]> {
  const stored = await db.entities.bulkGet([...ids]);
  return stored.filter((s): s is StoredEntity => s !== undefined).map(toEntity);
}

/** Entities whose name or an alias equals `form`, ignoring case and spacing. */
export async function findByAlias(db: CorpusDb, form: string): Promise<Entity[]> {
  const key = normaliseForm(form);
  if (!key) return [];
  const stored = await db.entities.where('aliasKeys').equals(key).toArray();
  return stored.map(toEntity);
}

export async function listByType(db: CorpusDb, type: EntityType): Promise<Entity[]> {
  const stored = await db.entities.where('type').equals(type).sortBy('name');
  return stored.map(toEntity);
}

/**
 * Entities in which every word of `query` begins a word of the name, an alias or the summary.
 * Entities matched on name and aliases alone come first, then by name.
 */
export async function searchWords(db: CorpusDb, query: string): Promise<Entity[]> {
  const terms = wordsOf(query);
  if (terms.length === 0) return [];
  let ids: Set<string> | undefined;
  for (const term of terms) {
    const matching = new Set(await db.entities.where('words').startsWith(term).primaryKeys());
    ids = ids ? new Set([...ids].filter((id) => matching.has(id))) : matching;
    if (ids.size === 0) return [];
  }
  const stored = (await db.entities.bulkGet([...(ids ?? [])])).filter((s): s is StoredEntity => s !== undefined);
  const onName = (s: StoredEntity): boolean => {
    const nameWords = wordsOf(s.name, ...s.aliases);
    return terms.every((t) => nameWords.some((w) => w.startsWith(t)));
  };
  const ranked = stored.map((s) => ({ s, first: onName(s) }));
  ranked.sort((a, b) => Number(b.first) - Number(a.first) || a.s.name.localeCompare(b.s.name));
  return ranked.map((r) => toEntity(r.s));
}

/** The version of the stored corpus, or undefined while none has been loaded. */
export async function corpusVersion(db: CorpusDb): Promise<string | undefined> {
  return (await db.meta.get('version'))?.value;
}
