import type { GlossaryEntity } from '../../shared/corpus-format/corpus-schema';
import { loadGlossary } from './load';
import { sortProblems, type GlossaryProblem } from './problem';
import { validateEntity } from './validate-entity';
import { validateGlossary, type PlacedEntity } from './validate-glossary';

export interface Glossary {
  files: string[];
  entities: GlossaryEntity[];
  /** Where each entity is defined, for messages about it. */
  locations: Map<string, { file: string; line: number }>;
  problems: GlossaryProblem[];
}

/**
 * Loads and validates every glossary file in `dir`. Entities come back only when the whole
 * glossary is valid; otherwise `problems` lists everything wrong, in file and line order.
 */
export function readGlossary(dir: string, sourceDocs: readonly string[]): Glossary {
  const loaded = loadGlossary(dir);
  const problems = [...loaded.problems];
  if (loaded.files.length === 0) {
    problems.push({ file: dir, line: 1, message: 'no glossary files (*.yaml) found' });
  }
  const placed: PlacedEntity[] = [];
  for (const block of loaded.blocks) {
    const result = validateEntity(block, sourceDocs);
    problems.push(...result.problems);
    if (result.entity) placed.push({ entity: result.entity, block });
  }
  problems.push(...validateGlossary(placed, loaded.blocks));
  if (problems.length > 0) {
    return { files: loaded.files, entities: [], locations: new Map(), problems: sortProblems(problems) };
  }
  const locations = new Map(placed.map((p) => [p.entity.id, { file: p.block.file, line: p.block.lineOf(['id']) }]));
  return { files: loaded.files, entities: placed.map((p) => p.entity), locations, problems: [] };
}

