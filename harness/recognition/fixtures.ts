/**
 * The labelled evaluation set: real passages from news, reports and encyclopedia pages that the
 * glossary was not written from, each with a sidecar naming the corpus entities an analyst
 * expects highlighted. Positive passages are about the field; negative passages are about
 * something else but full of look-alike forms (a Unix company called SCO, a county called Kerry).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type PassageKind = 'positive' | 'negative';

/**
 * The development part is what the glossary and rules are tuned on; the held-out part is scored
 * only after a change, never tuned to, so that it keeps telling how the recogniser does on text
 * nobody looked at while writing the rules.
 */
export type Part = 'development' | 'held-out';
export const PARTS: readonly Part[] = ['development', 'held-out'];

/** What kind of page a passage comes from; negative passages are all look-alikes. */
export const GENRES = [
  'un-document',
  'government',
  'think-tank',
  'news',
  'encyclopedia',
  'csirt',
  'civil-society',
  'look-alike',
] as const;
export type Genre = (typeof GENRES)[number];

export interface LabelledMention {
  /** UTF-16 offsets into the passage text; text = passage.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Glossary id of the entity meant. */
  id: string;
}

export interface Passage {
  /** File name without extension, e.g. "ccdcoe-osce-cbms-for-cyberspace". */
  name: string;
  part: Part;
  kind: PassageKind;
  genre: Genre;
  source: string;
  title: string;
  text: string;
  mentions: LabelledMention[];
}

export const FIXTURES_DIR = 'tests/fixtures/recognition';
const KINDS: PassageKind[] = ['positive', 'negative'];
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Loads every passage under `dir`/<part>/<kind>; fails naming the file and the first thing that
 * is wrong. A name may be used once across both parts, so that no passage is in both.
 */
export function loadPassages(dir = FIXTURES_DIR, knownIds?: ReadonlySet<string>): Passage[] {
  const passages: Passage[] = [];
  const sources = new Map<string, string>();
  for (const part of PARTS) for (const kind of KINDS) {
    const kindDir = join(dir, part, kind);
    const texts = readdirSync(kindDir).filter((f) => f.endsWith('.txt')).sort();
    for (const file of texts) {
      const name = file.slice(0, -'.txt'.length);
      const text = readFileSync(join(kindDir, file), 'utf8');
      const labelsFile = join(kindDir, `${name}.labels.json`);
      const labels = parseLabels(labelsFile, readText(labelsFile), text, knownIds);
      if ((labels.genre === 'look-alike') !== (kind === 'negative')) {
        throw new Error(`${labelsFile}: "genre" must be "look-alike" exactly for negative passages`);
      }
      const earlier = sources.get(labels.source);
      if (earlier !== undefined) throw new Error(`${labelsFile}: same source as ${earlier}; one passage per page`);
      sources.set(labels.source, labelsFile);
      passages.push({ name, part, kind, text, ...labels });
    }
    const orphans = readdirSync(kindDir)
      .filter((f) => f.endsWith('.labels.json'))
      .filter((f) => !texts.includes(f.replace(/\.labels\.json$/, '.txt')));
    if (orphans.length > 0) throw new Error(`${join(kindDir, orphans[0]!)}: labels without a passage .txt`);
  }
  return passages;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: missing; every passage needs a sidecar with source, title and mentions`);
  }
}

/** Validates one sidecar against its passage text. Exported for tests of the validation itself. */
export function parseLabels(
  file: string,
  json: string,
  text: string,
  knownIds?: ReadonlySet<string>,
): Pick<Passage, 'source' | 'title' | 'genre' | 'mentions'> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (!isRecord(raw)) throw new Error(`${file}: expected an object with source, title and mentions`);
  const { source, title, genre, mentions } = raw;
  if (typeof source !== 'string' || !/^https?:\/\//.test(source)) {
    throw new Error(`${file}: "source" must be the http(s) address the passage was taken from`);
  }
  if (typeof title !== 'string' || title.trim() === '') throw new Error(`${file}: "title" must be a non-empty string`);
  if (!isGenre(genre)) throw new Error(`${file}: "genre" must be one of ${GENRES.join(', ')}`);
  if (!Array.isArray(mentions)) throw new Error(`${file}: "mentions" must be an array`);

  const checked: LabelledMention[] = [];
  mentions.forEach((m: unknown, i) => {
    const where = `${file}: mentions[${i}]`;
    if (!isRecord(m)) throw new Error(`${where}: expected { text, start, end, id }`);
    const { start, end, id } = m;
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw new Error(`${where}: start and end must be integers`);
    const s = start as number;
    const e = end as number;
    if (s < 0 || e <= s || e > text.length) {
      throw new Error(`${where}: offsets ${s}-${e} outside the passage (length ${text.length})`);
    }
    if (m.text !== text.slice(s, e)) {
      throw new Error(`${where}: text ${JSON.stringify(m.text)} but the passage has ${JSON.stringify(text.slice(s, e))} at ${s}-${e}`);
    }
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw new Error(`${where}: id must be a glossary id like "un-gge"`);
    if (knownIds && !knownIds.has(id)) throw new Error(`${where}: id "${id}" is not an entity of the corpus`);
    const previous = checked[checked.length - 1];
    if (previous && s < previous.end) {
      throw new Error(`${where}: starts at ${s}, before the previous mention ends (${previous.end}); keep mentions sorted and apart`);
    }
    checked.push({ start: s, end: e, text: m.text, id });
  });
  return { source, title, genre, mentions: checked };
}

function isGenre(value: unknown): value is Genre {
  return (GENRES as readonly unknown[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
