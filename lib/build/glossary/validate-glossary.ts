import type { GlossaryEntity } from '../../shared/corpus-format/corpus-schema';
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

/** How two spellings of a form compare: case, spacing and apostrophe style do not count. */
export function formKey(form: string): string {
  return form.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

interface Claim {
  placed: PlacedEntity;
  form: string;
  path: FieldPath;
}

function sharedForms(placed: PlacedEntity[]): GlossaryProblem[] {
  const claims = new Map<string, Claim[]>();
  for (const p of placed) {
    const forms: Claim[] = [
      { placed: p, form: p.entity.name, path: ['name'] },
      ...p.entity.aliases.map((form, i) => ({ placed: p, form, path: ['aliases', i] })),
    ];
    for (const claim of forms) {
      const key = formKey(claim.form);
      claims.set(key, [...(claims.get(key) ?? []), claim]);
    }
  }
  const problems: GlossaryProblem[] = [];
  for (const [key, all] of claims) {
    const owners = new Set(all.map((c) => c.placed.entity.id));
    if (owners.size < 2) continue;
    for (const claim of all) {
      if (hasCues(claim.placed.entity, key)) continue;
      const others = all.filter((c) => c.placed.entity.id !== claim.placed.entity.id);
      const list = others.map((c) => `"${c.placed.entity.id}" (${where(c.placed, c.path)})`).join(', ');
      problems.push(
        problem(
          claim.placed,
          claim.path,
          claim.path.length > 1 ? `aliases[${claim.path[1]}]` : 'name',
          `"${claim.form}" is also claimed by ${list}; give each entity a rule with cues for it ` +
            `({ form: ${claim.form}, cues: [...] }) to tell them apart`,
        ),
      );
    }
  }
  return problems;
}

function hasCues(entity: GlossaryEntity, key: string): boolean {
  return entity.rules.some((r) => formKey(r.form) === key && (r.cues?.length ?? 0) > 0);
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
