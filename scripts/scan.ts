import { parseArgs } from 'node:util';
import { loadCorpusFile } from '../lib/build/scan/load-corpus-file';
import { createScanner } from '../lib/build/scan/mentions';
import { htmlToText } from '../lib/build/scan/parse-html';
import { readInput } from '../lib/build/scan/read-input';
import { jsonReport, tableReport } from '../lib/build/scan/report';

const USAGE = `usage: npm run --silent scan -- [--json] FILE...
  Reports the corpus entities mentioned in each FILE (.txt, or .html/.htm: visible text only).
  "-" reads standard input (HTML when it starts like a page).
  --json   one JSON array per file, one line each: [{ text, start, end, id, name, type }]
  --corpus FILE   the corpus to use (default public/corpus.json)`;

function usage(message: string): number {
  console.error(`scan: ${message}`);
  console.error(USAGE);
  return 2;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        corpus: { type: 'string', default: 'public/corpus.json' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) return usage('no FILE given');

  const loaded = loadCorpusFile(args.values.corpus);
  if (!loaded.ok) {
    console.error(`scan: ${loaded.message}`);
    return 2;
  }
  const scan = createScanner(loaded.corpus);

  let status = 0;
  for (const name of args.positionals) {
    const input = readInput(name);
    if (!input.ok) {
      console.error(`scan: ${name}: ${input.reason}`);
      status = 2;
      continue;
    }
    const text = input.kind === 'html' ? await htmlToText(input.text) : input.text;
    const mentions = scan(text);
    console.log(args.values.json ? jsonReport(mentions) : tableReport(name === '-' ? '(stdin)' : name, mentions));
  }
  return status;
}

// exitCode rather than exit(): output to a pipe is written asynchronously and exit() would cut it.
process.exitCode = await main();
