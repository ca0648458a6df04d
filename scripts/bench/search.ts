/**
 * Search latency per keystroke (goal: within 16 ms, one frame) on 10,000 entities shaped like
 * the real corpus: the real entities plus synthetic ones whose names, aliases and summaries
 * are drawn from the real corpus's words, with its distributions of word counts, alias counts
 * and mentions. Each query is typed one character at a time, searching after every character
 * as the popup does. Each round starts from a freshly built index, so no round profits from
 * words the search remembers from an earlier one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Corpus, Entity } from '../../lib/shared/corpus-format/corpus-schema';
import { createEntitySearch, toSearchEntry, type SearchEntry } from '../../lib/corpus/search';
import { fmt } from './measure';
import { seededRandom } from '../../harness/seeded-random';
import type { BenchSection } from './section';

const CORPUS_FILE = 'public/corpus.json';
const ENTITIES = 10_000;
const ROUNDS = 3;
const QUERIES = [
  'budapst',
  'code of cond',
  'ITU',
  'GGE',
  'confidence building measures',
  'multistakholder governance',
  'li baodong',
  'cyber sovreignty',
  'international telecommunication union',
  'shanghai cooperation',
];

function synthetic(real: readonly Entity[], count: number, seed: number): SearchEntry[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const nameWords = real.flatMap((e) => e.name.split(/\s+/));
  const summaryWords = real.flatMap((e) => e.summary.split(/\s+/));
  const entries: SearchEntry[] = real.map(toSearchEntry);
  for (let i = entries.length; i < count; i++) {
    const shape = pick(real);
    const name = Array.from({ length: shape.name.split(/\s+/).length }, () => pick(nameWords)).join(' ');
    const acronym = name
      .split(/\s+/)
      .map((w) => w.charAt(0).toUpperCase())
      .join('');
    const aliases = shape.aliases.map((_, k) => (k === 0 ? acronym : `${pick(nameWords)} ${name}`));
    const summary = Array.from({ length: shape.summary.split(/\s+/).length }, () => pick(summaryWords)).join(' ');
    entries.push({ id: `synthetic-${i}`, name, shortName: name, type: shape.type, aliases, summary, mentions: shape.sources.length });
  }
  return entries;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

export const searchBench: BenchSection = {
  name: 'search',
  run() {
    if (!existsSync(CORPUS_FILE)) {
      console.log(`${CORPUS_FILE} is missing (run \`npm run corpus\`): search figures skipped`);
      return;
    }
    const corpus = JSON.parse(readFileSync(CORPUS_FILE, 'utf8')) as Corpus;
    if (corpus.entities.length === 0) {
      console.log(`${CORPUS_FILE} has no entities yet: search figures skipped`);
      return;
    }
    const entries = synthetic(corpus.entities, ENTITIES, 1648);
    const real = corpus.entities.map(toSearchEntry);

    // One unmeasured pass warms the JIT, as a reader's first keystrokes would.
    const warm = createEntitySearch(real);
    for (const query of QUERIES) for (let n = 1; n <= query.length; n++) warm.search(query.slice(0, n));

    const builds: number[] = [];
    const all: number[] = [];
    // CPU time as well as wall time: on a busy machine, wall time also counts the waits for a core.
    const cpu: number[] = [];
    const perQuery = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
    let search = warm;
    for (let round = 0; round < ROUNDS; round++) {
      const t0 = performance.now();
      search = createEntitySearch(entries);
      builds.push(performance.now() - t0);
      for (const query of QUERIES) {
        for (let n = 1; n <= query.length; n++) {
          const c = process.cpuUsage();
          const t = performance.now();
          search.search(query.slice(0, n));
          const ms = performance.now() - t;
          const used = process.cpuUsage(c);
          cpu.push((used.user + used.system) / 1000);
          perQuery.get(query)!.push(ms);
          all.push(ms);
        }
      }
    }
    const realBuild = performance.now();
    createEntitySearch(real);
    const realBuildMs = performance.now() - realBuild;

    console.log(`load average ${loadavg().map((l) => fmt(l, 2)).join(' ')} (figures are wall time on a machine this busy)`);
    console.log(`index: ${entries.length} entities built in ${builds.map((b) => fmt(b, 0)).join(', ')} ms; the shipped ${real.length} in ${fmt(realBuildMs)} ms`);
    console.log(`per keystroke, ${QUERIES.length} queries typed ${ROUNDS} times (${all.length} searches):`);
    for (const [query, times] of perQuery) {
      times.sort((a, b) => a - b);
      const top = search.search(query)[0]?.entry.id ?? '-';
      console.log(
        `  ${JSON.stringify(query).padEnd(40)} median ${fmt(percentile(times, 50), 2).padStart(6)} ms, p95 ${fmt(percentile(times, 95), 2).padStart(6)} ms, max ${fmt(times.at(-1)!, 2).padStart(6)} ms; first hit ${top}`,
      );
    }
    all.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    console.log(
      `all keystrokes, wall: median ${fmt(percentile(all, 50), 2)} ms, p95 ${fmt(percentile(all, 95), 2)} ms, max ${fmt(all.at(-1)!, 2)} ms (goal: within 16 ms)`,
    );
    console.log(
      `all keystrokes, CPU:  median ${fmt(percentile(cpu, 50), 2)} ms, p95 ${fmt(percentile(cpu, 95), 2)} ms, max ${fmt(cpu.at(-1)!, 2)} ms`,
    );
  },
};
