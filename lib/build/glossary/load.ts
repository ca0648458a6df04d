import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { GlossaryProblem } from './problem';

/** Where a field sits inside an entity block: ["facts", 1, "source"]. */
export type FieldPath = (string | number)[];

/** One entity block of a glossary file, not yet validated. */
export interface GlossaryBlock {
  file: string;
  /** Position of the block in its file's list. */
  index: number;
  value: unknown;
  /** Line of the field at `path`, or of the nearest enclosing field that exists. */
  lineOf(path: FieldPath): number;
}

export interface LoadedGlossary {
  files: string[];
  blocks: GlossaryBlock[];
  problems: GlossaryProblem[];
}

export const GLOSSARY_FILE = /\.ya?ml$/;

/** Reads every seeds/glossary/*.yaml file in `dir`, in file name order. */
export function loadGlossary(dir: string): LoadedGlossary {
  const names = readdirSync(dir).filter((n) => GLOSSARY_FILE.test(n)).sort();
  const loaded: LoadedGlossary = { files: [], blocks: [], problems: [] };
  for (const name of names) {
    const file = join(dir, name);
    const { blocks, problems } = parseGlossaryFile(file, readFileSync(file, 'utf8'));
    loaded.files.push(file);
    loaded.blocks.push(...blocks);
    loaded.problems.push(...problems);
  }
  return loaded;
}

export function parseGlossaryFile(
  file: string,
  source: string,
): { blocks: GlossaryBlock[]; problems: GlossaryProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => ({
      file,
      line: e.linePos?.[0].line ?? lineAt(e.pos[0]),
      message: `YAML syntax error: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
    return { blocks: [], problems };
  }
  if (!isSeq(doc.contents)) {
    const line = doc.contents?.range ? lineAt(doc.contents.range[0]) : 1;
    return { blocks: [], problems: [{ file, line, message: 'expected a list of entities ("- id: ...")' }] };
  }

  const values = doc.toJS() as unknown[];
  const blocks = values.map((value, index) => ({
    file,
    index,
    value,
    lineOf: (path: FieldPath) => lineOfPath(doc, lineAt, [index, ...path]),
  }));
  return { blocks, problems: [] };
}

function lineOfPath(doc: Document, lineAt: (offset: number) => number, path: FieldPath): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineAt(node.range[0]);
  }
  return 1;
}
