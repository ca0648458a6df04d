import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One of the verbatim source documents in seeds/, named by its file name. */
export interface SourceDocument {
  name: string;
  text: string;
}

export function readSourceDocuments(seedsDir: string): SourceDocument[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
}
