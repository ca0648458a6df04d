import type { Entity } from '../../shared/corpus-format/corpus-schema';
import type { RecognizerPayload } from '../../shared/messages';
import { compileRecognizer, transferMachine } from '../../shared/recognizer';

/** The content script's share of a corpus: the compiled recogniser, its automaton ready to use, and each entity's type and name. */
export function buildRecognizerPayload(
  version: string,
  entities: readonly Pick<Entity, 'id' | 'name' | 'type' | 'aliases' | 'rules'>[],
): RecognizerPayload {
  const types: RecognizerPayload['types'] = {};
  const names: RecognizerPayload['names'] = {};
  for (const e of entities) {
    types[e.id] = e.type;
    names[e.id] = e.name;
  }
  const compiled = compileRecognizer(entities.map(({ id, name, aliases, rules }) => ({ id, name, aliases, rules })));
  return { version, compiled, machine: transferMachine(compiled), types, names };
}
