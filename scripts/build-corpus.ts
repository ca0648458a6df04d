import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../lib/build/corpus/build';
import { serializeCorpus } from '../lib/build/corpus/assemble';
import { summarizeCorpus } from '../lib/build/corpus/summary';

// npm run corpus [-- --seeds DIR --glossary DIR --out FILE]
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
  console.log(summarizeCorpus(result.corpus));
}
