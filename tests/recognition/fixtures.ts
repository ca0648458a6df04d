/**
 * The labelled evaluation set: real passages from news, reports and encyclopedia pages that the
 * glossary was not written from, each with a sidecar naming the corpus entities an analyst
 * expects highlighted. Positive passages are about the field; negative passages are about
 * something else but full of look-alike forms (a Unix company called SCO, a county called Kerry).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type PassageKind = 'positive' | 'negative';

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
  kind: PassageKind;
  source: string;
  title: string;
  text: string;
  mentions: LabelledMention[];
}

export const FIXTURES_DIR = 'tests/fixtures/recognition';
const KINDS: PassageKind[] = ['positive', 'negative'];
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Loads every passage under `dir`; fails naming the file and the first thing that is wrong. */
export function loadPassages(dir = FIXTURES_DIR, knownIds?: ReadonlySet<string>): Passage[] {
  const passages: Passage[] = [];
  for (const kind of KINDS) {
    const kindDir = join(dir, kind);
    const texts = readdirSync(kindDir).filter((f) => f.endsWith('.txt')).sort();
    for (const file of texts) {
      const name = file.slice(0, -'.txt'.length);
      const text = readFileSync(join(kindDir, file), 'utf8');
      const labelsFile = join(kindDir, `${name}.labels.json`);
      passages.push({ name, kind, text, ...parseLabels(labelsFile, readText(labelsFile), text, knownIds) });
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
): Pick<Passage, 'source' | 'title' | 'mentions'> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (!isRecord(raw)) throw new Error(`${file}: expected an object with source, title and mentions`);
  const { source, title, mentions } = raw;
  if (typeof source !== 'string' || !/^https?:\/\//.test(source)) {
    throw new Error(`${file}: "source" must be the http(s) address the passage was taken from`);
  }
  if (typeof title !== 'string' || title.trim() === '') throw new Error(`${file}: "title" must be a non-empty string`);
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
  return { source, title, mentions: checked };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
