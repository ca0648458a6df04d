import { readFileSync } from 'node:fs';
import type { Corpus } from '../../shared/corpus-format/corpus-schema';
import { validateCorpus } from '../../shared/corpus-format/validate-corpus';

/** Reads and checks the built corpus; a clear message when it is missing or malformed. */
export function loadCorpusFile(path: string): { ok: true; corpus: Corpus } | { ok: false; message: string } {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { ok: false, message: `${path} not found: run \`npm run corpus\` first` };
    }
    return { ok: false, message: `${path}: ${(error as Error).message}` };
  }
  try {
    return { ok: true, corpus: validateCorpus(JSON.parse(json), path) };
  } catch (error) {
    return { ok: false, message: `${(error as Error).message} (run \`npm run corpus\` to rebuild it)` };
  }
}
