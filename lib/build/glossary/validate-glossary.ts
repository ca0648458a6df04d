import type { GlossaryEntity } from '../../shared/corpus-format/corpus-schema';
import { formClashes, formKey } from '../../shared/corpus-format/form-clashes';
import type { FieldPath, GlossaryBlock } from './load';
import type { GlossaryProblem } from './problem';

export interface PlacedEntity {
  entity: GlossaryEntity;
  block: GlossaryBlock;
}

/**
 * Checks between entities: ids are unique, a surface form belongs to one entity unless every
 * entity claiming it says how to tell them apart (a rule with cues for that form), and
 * relations point at entities that exist. Relations are checked on every block, valid or not,
 * against the ids of every block, so that nothing waits for a second run and one broken entity
 * does not also fail every relation to it.
 */
export { formKey };

export function validateGlossary(placed: PlacedEntity[], blocks: GlossaryBlock[]): GlossaryProblem[] {
  return [...duplicateIds(placed), ...sharedForms(placed), ...unknownTargets(blocks)];
}

function problem(p: PlacedEntity, path: FieldPath, field: string | undefined, message: string): GlossaryProblem {
  return {
    file: p.block.file,
    line: p.block.lineOf(path),
    entity: p.entity.id,
    ...(field !== undefined ? { field } : {}),
    message,
  };
}

function where(p: PlacedEntity, path: FieldPath): string {
  return `${p.block.file}:${p.block.lineOf(path)}`;
}

function duplicateIds(placed: PlacedEntity[]): GlossaryProblem[] {
  const first = new Map<string, PlacedEntity>();
  const problems: GlossaryProblem[] = [];
  for (const p of placed) {
    const earlier = first.get(p.entity.id);
    if (earlier) {
      problems.push(problem(p, ['id'], 'id', `duplicate id, already used at ${where(earlier, ['id'])}`));
    } else {
      first.set(p.entity.id, p);
    }
  }
  return problems;
}

function sharedForms(placed: PlacedEntity[]): GlossaryProblem[] {
  const byId = new Map(placed.map((p) => [p.entity, p]));
  return formClashes(placed.map((p) => p.entity)).map(({ claim, others }) => {
    const at = byId.get(claim.owner)!;
    const path: FieldPath = claim.at === 'name' ? ['name'] : ['aliases', claim.at];
    const list = others
      .map((c) => `"${c.owner.id}" (${where(byId.get(c.owner)!, c.at === 'name' ? ['name'] : ['aliases', c.at])})`)
      .join(', ');
    return problem(
      at,
      path,
      claim.at === 'name' ? 'name' : `aliases[${claim.at}]`,
      `"${claim.form}" is also claimed by ${list}; give each entity a rule with cues for it ` +
        `({ form: ${claim.form}, cues: [...] }) to tell them apart`,
    );
  });
}

function unknownTargets(blocks: GlossaryBlock[]): GlossaryProblem[] {
  const ids = new Set(blocks.flatMap((b) => stringField(b.value, 'id')));
  return blocks.flatMap((block) => {
    const relations = (block.value as { relations?: unknown } | null)?.relations;
    if (!Array.isArray(relations)) return [];
    const entity = stringField(block.value, 'id')[0];
    return relations.flatMap((relation, i) =>
      stringField(relation, 'target').flatMap((target) =>
        ids.has(target)
          ? []
          : [
              {
                file: block.file,
                line: block.lineOf(['relations', i, 'target']),
                ...(entity !== undefined ? { entity } : {}),
                field: `relations[${i}].target`,
                message: `unknown entity id "${target}"`,
              },
            ],
      ),
    );
  });
}

function stringField(value: unknown, key: string): string[] {
  const field = (value as Record<string, unknown> | null)?.[key];
  return typeof field === 'string' ? [field] : [];
}
