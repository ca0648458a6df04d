import type { Entity } from '../corpus-schema';
import type { StoredEntity } from './database';
import { normaliseForm, wordsOf } from './normalise';

export function toStoredEntity(entity: Entity): StoredEntity {
  const forms = [entity.name, ...entity.aliases];
  return {
    ...entity,
    aliasKeys: [...new Set(forms.map(normaliseForm))],
    words: wordsOf(...forms, entity.summary),
  };
}

/** Readers get the shipped shape back; the index keys are a storage detail. */
export function toEntity(stored: StoredEntity): Entity {
  const { aliasKeys: _aliasKeys, words: _words, ...entity } = stored;
  return entity;
}
