import type { GlossaryEntity } from '../../shared/corpus-format/corpus-schema';
import { checkEntityFields, describeValue, fieldName, isRecord, type FieldPath } from '../../shared/corpus-format/entity-fields';
import type { GlossaryBlock } from './load';
import type { GlossaryProblem } from './problem';

export { fieldName };

/**
 * Checks one entity block field by field with the rules every glossary shares
 * (`lib/shared/corpus-format/entity-fields.ts`), reporting every problem rather than the first
 * and where in its file it is. A bundled fact's source is one of the source documents. Returns
 * the entity only when it is entirely valid.
 */
export function validateEntity(
  block: GlossaryBlock,
  sourceDocs: readonly string[],
): { entity?: GlossaryEntity; problems: GlossaryProblem[] } {
  const problems: GlossaryProblem[] = [];
  const value = block.value;
  const entityId = isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
  const report = (path: FieldPath, message: string) =>
    problems.push({
      file: block.file,
      line: block.lineOf(path),
      ...(entityId !== undefined ? { entity: entityId } : {}),
      ...(path.length ? { field: fieldName(path) } : {}),
      message,
    });
  const fields = checkEntityFields(
    value,
    {
      source: (v, path, say) => {
        if (typeof v === 'string' && sourceDocs.includes(v)) return v;
        say(path, `expected one of the five source document file names, got ${describeValue(v)}`);
        return undefined;
      },
    },
    report,
  );
  if (!fields || problems.length > 0) return { problems };
  return {
    entity: {
      id: fields.id, name: fields.name!, shortName: fields.shortName ?? fields.name!, type: fields.type!, aliases: fields.aliases,
      variants: fields.variants, summary: fields.summary!,
      facts: fields.facts, relations: fields.relations, positions: fields.positions, rules: fields.rules,
    },
    problems,
  };
}
