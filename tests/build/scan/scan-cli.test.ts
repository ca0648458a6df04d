import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeCorpus } from '../../../lib/build/corpus/assemble';
import { buildCorpus } from '../../../lib/build/corpus/build';
import { htmlToText } from '../../../lib/build/scan/parse-html';
import type { ScanMention } from '../../../lib/build/scan/mentions';

const FIXTURES = 'tests/fixtures/scan';
/** Entities whose names the HTML fixture hides in places a reader never sees. */
const HIDDEN = ['cicir', 'apcert', 'icann', 'unidir', 'netmundial', 'unoda', 'csis', 'sco', 'arf'];

let dir: string;
let corpus: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-'));
  const built = buildCorpus({ seedsDir: 'seeds', glossaryDir: 'seeds/glossary' });
  if (!built.ok) throw new Error(built.errors.join('\n'));
  corpus = join(dir, 'corpus.json');
  writeFileSync(corpus, serializeCorpus(built.corpus));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scan(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, ['node_modules/.bin/tsx', 'scripts/scan.ts', '--corpus', corpus, ...args], {
    input,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const jsonLines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as ScanMention[]);
const ids = (mentions: ScanMention[]) => new Set(mentions.map((m) => m.id));

describe('scan', () => {
  it('reports the mentions of a text file as one line of JSON, with surface forms and offsets', () => {
    const { status, stdout, stderr } = scan(['--json', `${FIXTURES}/article.txt`]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const [mentions, ...rest] = jsonLines(stdout);
    expect(rest).toEqual([]);
    const text = readFileSync(`${FIXTURES}/article.txt`, 'utf8');
    for (const m of mentions!) {
      expect(Object.keys(m)).toEqual(['text', 'start', 'end', 'id', 'name', 'type']);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const budapest = mentions!.filter((m) => m.id === 'budapest-convention');
    expect(budapest).toHaveLength(2);
    expect(budapest[0]).toMatchObject({ text: 'Budapest Convention', type: 'instrument' });
    expect([...ids(mentions!)]).toEqual(expect.arrayContaining(['cicir', 'csis', 'council-of-europe']));
  });

  it('writes the whole report when it is larger than a pipe buffer', () => {
    const { status, stdout } = scan(['--json', 'seeds/001_140b32fc558893e9.txt']);
    expect(status).toBe(0);
    expect(stdout.length).toBeGreaterThan(65536);
    expect(jsonLines(stdout)[0]!.length).toBeGreaterThan(300);
  });

  it('reads only the visible text of an HTML page', async () => {
    const { status, stdout } = scan(['--json', `${FIXTURES}/hidden-terms.txt`, `${FIXTURES}/page.html`]);
    expect(status).toBe(0);
    const [control, mentions] = jsonLines(stdout) as [ScanMention[], ScanMention[]];
    // In plain view, every hidden term is recognised; on the page, none is.
    expect([...ids(control)]).toEqual(expect.arrayContaining(HIDDEN));
    expect(HIDDEN.filter((id) => ids(mentions).has(id))).toEqual([]);
    // Inline markup does not split a name, blocks are not merged into one, entities are decoded.
    expect(mentions.filter((m) => m.id === 'budapest-convention').map((m) => m.text)).toEqual(['Budapest Convention']);
    expect([...ids(mentions)]).toEqual(expect.arrayContaining(['council-of-europe', 'osce', 'un-gge']));

    const visible = await htmlToText(readFileSync(`${FIXTURES}/page.html`, 'utf8'));
    for (const m of mentions) expect(visible.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads standard input for "-", as HTML when it starts like a page', () => {
    const text = scan(['--json', '-'], 'The Budapest Convention and CICIR.');
    expect(jsonLines(text.stdout)[0]!.map((m) => [m.text, m.start, m.id])).toEqual([
      ['Budapest Convention', 4, 'budapest-convention'],
      ['CICIR', 28, 'cicir'],
    ]);

    const page = scan(['--json', '-'], readFileSync(`${FIXTURES}/page.html`));
    const mentions = jsonLines(page.stdout)[0]!;
    expect(mentions.length).toBeGreaterThan(0);
    expect(HIDDEN.filter((id) => ids(mentions).has(id))).toEqual([]);
  });

  it('reports missing, binary and non-UTF-8 files, scans the others and exits 2', () => {
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x43]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Café CICIR\n', 'latin1'));
    const missing = join(dir, 'missing.txt');
    const { status, stdout, stderr } = scan([
      '--json', missing, join(dir, 'image.png'), `${FIXTURES}/article.txt`, join(dir, 'latin1.txt'),
    ]);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      `scan: ${missing}: no such file`,
      `scan: ${join(dir, 'image.png')}: is binary`,
      `scan: ${join(dir, 'latin1.txt')}: is not valid UTF-8 (byte offset 3)`,
    ]);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(1);
    expect(ids(lines[0]!).has('budapest-convention')).toBe(true);
  });

  it('prints a table per file, most mentioned entity first, with the forms seen', () => {
    const { status, stdout } = scan([`${FIXTURES}/article.txt`]);
    expect(status).toBe(0);
    const [heading, header, first, ...rows] = stdout.trimEnd().split('\n');
    expect(heading).toMatch(new RegExp(`^${FIXTURES}/article\\.txt: \\d+ mentions of \\d+ entities$`));
    expect(header!.trim().split(/\s{2,}/)).toEqual(['entity', 'type', 'count', 'forms seen']);
    expect(first!.trim().split(/\s{2,}/)).toEqual(['Budapest Convention on Cybercrime', 'instrument', '2', 'Budapest Convention']);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Number(row.trim().split(/\s{2,}/)[2])).toBeLessThanOrEqual(2);
  });

  it('rejects unknown flags with the usage and exit status 2', () => {
    const { status, stdout, stderr } = scan(['--jsno', `${FIXTURES}/article.txt`]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/usage: npm run --silent scan -- \[--json\] FILE/);
  });

  it('says how to build the corpus when it is missing', () => {
    const run = spawnSync(
      process.execPath,
      ['node_modules/.bin/tsx', 'scripts/scan.ts', '--corpus', join(dir, 'none.json'), `${FIXTURES}/article.txt`],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('run `npm run corpus` first');
  });
});
