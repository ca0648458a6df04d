import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { otherNames } from '../../../lib/shared/corpus-format/other-names';
import { serializeCorpus } from '../../../lib/build/corpus/assemble';
import { buildCorpus } from '../../../lib/build/corpus/build';
import type { Corpus } from '../../../lib/shared/corpus-format/corpus-schema';

const TSX = 'node_modules/.bin/tsx';
const out = mkdtempSync(join(tmpdir(), 'corpus-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function build(glossaryDir = 'seeds/glossary'): Corpus {
  const result = buildCorpus({ seedsDir: 'seeds', glossaryDir });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.corpus;
}

/** Squeezes out what cleaning changes between the verbatim text and a quote. */
const squeeze = (s: string) => s.replace(/[\s\-\[\]()#]/g, '');

describe('the corpus built from the real glossary', () => {
  const corpus = build();
  const docs = new Map<string, string>();
  const verbatim = (doc: string) => {
    if (!docs.has(doc)) docs.set(doc, readFileSync(`seeds/${doc}`, 'utf8'));
    return docs.get(doc)!;
  };

  it('gives every entity at least one excerpt from a source document', () => {
    expect(corpus.entities.length).toBeGreaterThan(0);
    expect(corpus.entities.filter((e) => e.sources.length === 0).map((e) => e.id)).toEqual([]);
  });

  it('points every excerpt at the mention in the verbatim document, inside its quote', () => {
    const wrong = corpus.entities.flatMap((e) =>
      e.sources.flatMap((s) => {
        const mention = verbatim(s.doc).slice(s.start, s.end);
        return mention.trim() !== '' && squeeze(s.quote).includes(squeeze(mention)) ? [] : [`${e.id}: ${s.doc}@${s.start}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps no two identical quotes for an entity', () => {
    for (const e of corpus.entities) expect(new Set(e.sources.map((s) => s.quote)).size).toBe(e.sources.length);
  });

  it('sorts entities by id and writes keys in schema order', () => {
    const ids = corpus.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    const json = JSON.parse(serializeCorpus(corpus)) as Corpus;
    expect(Object.keys(json)).toEqual(['version', 'entities']);
    expect(Object.keys(json.entities[0]!)).toEqual([
      'id', 'name', 'shortName', 'type', 'aliases', 'variants', 'summary', 'facts', 'relations', 'positions', 'rules', 'sources',
    ]);
    expect(Object.keys(json.entities[0]!.sources[0]!)).toEqual(['doc', 'start', 'end', 'quote']);
  });

  it('titles entities with the form readers know and lists only other names beside it', () => {
    const byId = new Map(corpus.entities.map((e) => [e.id, e]));
    expect(byId.get('un-gge')!.name).toMatch(/^United Nations Group of Governmental Experts on Developments/);
    expect(byId.get('un-gge')!.shortName).toBe('UN GGE');
    expect(byId.get('sco-code-of-conduct')!.shortName).toBe('SCO Code of Conduct');
    expect(byId.get('budapest-convention')!.shortName).toBe('Budapest Convention');
    const also = otherNames(byId.get('un-gge')!);
    expect(also).toContain('Group of Governmental Experts');
    for (const spelling of ['UN-GGE', 'UNGGE', 'GGEs', 'Groups of Governmental Experts', 'Group of Government Experts']) {
      expect(also).not.toContain(spelling);
    }
    for (const e of corpus.entities) expect([e.name, ...e.aliases]).toContain(e.shortName);
  });
});

describe('the corpus build', () => {
  it('writes the same bytes on every run', () => {
    const target = join(out, 'corpus.json');
    execFileSync(process.execPath, [TSX, 'scripts/build-corpus.ts', '--out', target]);
    const written = readFileSync(target, 'utf8');
    expect(written.length).toBeGreaterThan(0);
    expect(serializeCorpus(build())).toBe(written);
  });

  it('versions the corpus by its content', () => {
    const small = build('tests/fixtures/glossary/valid');
    expect(small.version).toMatch(/^[0-9a-f]{12}$/);
    expect(build('tests/fixtures/glossary/valid').version).toBe(small.version);
    expect(build().version).not.toBe(small.version);
  });

  it('fails naming the file and entity that no source document mentions', () => {
    const result = buildCorpus({ seedsDir: 'seeds', glossaryDir: 'tests/fixtures/glossary/unmentioned' });
    expect(result).toEqual({
      ok: false,
      errors: [
        'tests/fixtures/glossary/unmentioned/instruments.yaml:7: entity "atlantis-accord": not found in any source document: no excerpt for its name or aliases',
      ],
    });
  });

  it('prints every glossary problem, exits 1 and writes nothing on a bad glossary', () => {
    const target = join(out, 'broken.json');
    const run = spawnSync(
      process.execPath,
      [TSX, 'scripts/build-corpus.ts', '--glossary', 'tests/fixtures/glossary/broken', '--out', target],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(19);
    expect(lines[0]).toMatch(/^tests\/fixtures\/glossary\/broken\/people\.yaml:1: entity "Li Baodong", field "id": /);
    expect(lines.at(-1)).toBe(`corpus: 18 problem(s); ${target} not written`);
    expect(existsSync(target)).toBe(false);
  });
});
