/** Something wrong in a glossary file, located precisely enough to fix without searching. */
export interface GlossaryProblem {
  file: string;
  line: number;
  /** Id of the entity the problem is in, when it has one. */
  entity?: string;
  /** Path of the field inside the entity: "facts[1].source". */
  field?: string;
  message: string;
}

/** `seeds/glossary/people.yaml:42: entity "li-baodong", field "facts[1].source": expected ...` */
export function formatProblem(p: GlossaryProblem): string {
  const where = [
    p.entity !== undefined ? `entity "${p.entity}"` : undefined,
    p.field !== undefined ? `field "${p.field}"` : undefined,
  ].filter(Boolean);
  return `${p.file}:${p.line}: ${where.length ? where.join(', ') + ': ' : ''}${p.message}`;
}

/** Problems in reading order: by file, then line. */
export function sortProblems(problems: GlossaryProblem[]): GlossaryProblem[] {
  return [...problems].sort((a, b) =>
    a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
  );
}
