import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../lib/build/corpus/build';
import { serializeCorpus } from '../lib/build/corpus/assemble';
import { summarizeCorpus } from '../lib/build/corpus/summary';
import { readerTextPath } from '../lib/shared/source-reader/source-place';

// npm run corpus [-- --seeds DIR --glossary DIR --out FILE]
// Writes FILE and, beside it, sources/<document>.json: the source reader's texts.
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    glossary: { type: 'string', default: 'seeds/glossary' },
    out: { type: 'string', default: 'public/corpus.json' },
  },
});

const result = buildCorpus({ seedsDir: values.seeds, glossaryDir: values.glossary });
if (!result.ok) {
  for (const error of result.errors) console.error(error);
  console.error(`corpus: ${result.errors.length} problem(s); ${values.out} not written`);
  // exitCode rather than exit(): output to a pipe is written asynchronously and exit() would cut it.
  process.exitCode = 1;
} else {
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, serializeCorpus(result.corpus));
  for (const reader of result.readerTexts) {
    const file = join(dirname(values.out), readerTextPath(reader.doc));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(reader) + '\n');
  }
  console.log(summarizeCorpus(result.corpus));
}
