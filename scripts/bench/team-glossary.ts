/**
 * The team glossary's cost in recognition, with 1,000 and 10,000 team entries beside the
 * bundled corpus: reading the glossary document (background), compiling bundled and team names
 * together (background, once per edit), and what a content script does with the result before
 * it reads the page (parse the message, build the recogniser; goal: under 50 ms, since that
 * runs in the page's main thread). And from an edit arriving to the new payload being ready.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { buildRecognizerPayload } from '../../lib/background/recognizer-payload';
import { withTeamEntries, type RecognizedEntity } from '../../lib/background/team-recognition';
import { readTeamGlossary, saveTeamEntry, type TeamEntry } from '../../lib/notes/team-glossary';
import { createRecognizer } from '../../lib/shared/recognizer';
import { syntheticTerms } from './english-text';
import { fmt, time } from './measure';
import type { BenchSection } from './section';

const author = { id: 'author-bench', name: 'Bench' };
const source = { quote: 'A passage.', prefix: '', suffix: '', url: 'https://example.org/a', title: 'A page', date: '2026-12-03' };

function bundledEntities(): RecognizedEntity[] {
  const path = 'public/corpus.json';
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, 'utf8')) as { entities: RecognizedEntity[] }).entities;
}

function glossaryDoc(count: number): Y.Doc {
  const doc = new Y.Doc();
  const terms = syntheticTerms(count, 18);
  doc.transact(() => {
    terms.forEach((t, i) => {
      const entries = doc.getMap<unknown>('entries');
      const entry = new Y.Map<unknown>();
      entries.set(`team-${i}`, entry);
      const fields: Record<string, unknown> = {
        id: `team-${i}`, name: `${t.name} Team${i}`, type: 'concept', summary: 'A synthetic team entry.',
        addedBy: author, addedAt: '2026-12-03T12:00:00.000Z', changedBy: author, changedAt: '2026-12-03T12:00:00.000Z',
      };
      for (const [k, v] of Object.entries(fields)) entry.set(k, v);
      entry.set('aliases', Y.Array.from(t.aliases.map((a) => `${a} T${i}`)));
      entry.set('facts', Y.Array.from([{ text: 'A fact.', source }]));
    });
  });
  return doc;
}

export const teamGlossaryBench: BenchSection = {
  name: 'team-glossary',
  run() {
    const bundled = bundledEntities();
    console.log(`bundled entities: ${bundled.length}${bundled.length === 0 ? ' (run npm run corpus first)' : ''}`);
    console.log('team entries | read doc ms | compile ms (background) | payload KB | parse+build ms (content script) | goal');
    // 0: the bundled corpus alone, the figure the team entries add to.
    for (const count of [0, 1_000, 10_000]) {
      const doc = glossaryDoc(count);
      let entries: TeamEntry[] = [];
      const read = time(() => (entries = readTeamGlossary(doc).entries), { warmup: 1, runs: 3 });
      if (entries.length !== count) throw new Error(`read ${entries.length} of ${count} entries`);
      let json = '';
      const compile = time(() => (json = JSON.stringify(buildRecognizerPayload('bench', withTeamEntries(bundled, entries)))), { warmup: 1, runs: 3 });
      // What a content script does with the payload: parse it and take the automaton as it is.
      const build = time(() => {
        const payload = JSON.parse(json) as ReturnType<typeof buildRecognizerPayload>;
        createRecognizer(payload.compiled, payload.machine);
      }, { warmup: 1, runs: 5 });
      console.log(
        `${count} | ${fmt(read.ms)} | ${fmt(compile.ms)} | ${fmt(json.length / 1024, 0)} | ${fmt(build.ms)} | ${build.ms <= 50 ? 'met (≤ 50 ms)' : 'MISSED (> 50 ms)'}`,
      );
    }
    // An edit arriving: the entry is written to a peer's copy, which the background reads and
    // compiles; the page's own reload then costs "parse+build" above plus reading the page.
    const doc = glossaryDoc(1_000);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    let n = 0;
    const arrive = time(
      () => {
        n += 1;
        const before = Y.encodeStateVector(doc);
        saveTeamEntry(peer, { id: `new-${n}`, name: `Fresh Term ${n}`, type: 'process', summary: 'New.', facts: [{ text: 'A fact.', source }] }, { author, bundled: [] });
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before));
        buildRecognizerPayload('bench', withTeamEntries(bundled, readTeamGlossary(doc).entries));
      },
      { warmup: 1, runs: 3 },
    );
    console.log(`edit arriving → new payload ready (1,000 team entries, background): ${fmt(arrive.ms)} ms median`);
  },
};
